"""Where each Unico API lives: the by Unico API, the IDUnico + IDCheck API and the token endpoint."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar
from urllib.parse import urlsplit

from .errors import ConfigurationError


def _origin(url: str) -> str:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise ConfigurationError(f"not an absolute URL: {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True, kw_only=True)
class Environment:
    """A set of hosts. ``Environment.UAT`` and ``Environment.PRODUCTION`` are Unico's (hosts from
    developer.unico.io); build a custom one with keywords. ``audience`` is the ``aud`` of the token assertion and
    defaults to the scheme and host of ``token_url``.
    """

    api_url: str
    idcheck_url: str
    token_url: str
    audience: str = field(default="")
    name: str = "custom"

    UAT: ClassVar[Environment]
    PRODUCTION: ClassVar[Environment]
    UAT_CADASTRO: ClassVar[Environment]
    PRODUCTION_CADASTRO: ClassVar[Environment]

    def __post_init__(self) -> None:
        for url in (self.api_url, self.idcheck_url, self.token_url):
            _origin(url)
        object.__setattr__(self, "api_url", self.api_url.rstrip("/"))
        object.__setattr__(self, "idcheck_url", self.idcheck_url.rstrip("/"))
        object.__setattr__(self, "audience", (self.audience or _origin(self.token_url)).rstrip("/"))

    @classmethod
    def from_url(cls, url: str) -> Environment:
        """Every API and the token endpoint (``/oauth2/token``) at one base URL, as the fake Unico serves them."""
        base = url.rstrip("/")
        return cls(api_url=base, idcheck_url=base, token_url=f"{base}/oauth2/token", name=base)

    @classmethod
    def parse(cls, value: str) -> Environment:
        """``uat``, ``production``, ``uat-cadastro``, ``production-cadastro`` (any case), or a base URL."""
        known = {env.name: env for env in (cls.UAT, cls.PRODUCTION, cls.UAT_CADASTRO, cls.PRODUCTION_CADASTRO)}
        key = value.strip().lower()
        if key in known:
            return known[key]
        if "://" in key:
            return cls.from_url(value.strip())
        raise ConfigurationError(f"unknown environment {value!r}: use one of {', '.join(known)} or a URL")

    def with_cadastro_hosts(self) -> Environment:
        """The same environment with the by Unico API on the ``api.cadastro`` host family (devcenter naming)."""
        return replace(self, api_url=self.api_url.replace("://api.idcloud.", "://api.cadastro."))


Environment.UAT = Environment(
    name="uat",
    api_url="https://api.idcloud.uat.unico.app",
    idcheck_url="https://api.id.uat.unico.app",
    token_url="https://identityhomolog.acesso.io/oauth2/token",
)
Environment.PRODUCTION = Environment(
    name="production",
    api_url="https://api.idcloud.unico.app",
    idcheck_url="https://api.id.unico.app",
    token_url="https://identity.acesso.io/oauth2/token",
)
Environment.UAT_CADASTRO = replace(Environment.UAT.with_cadastro_hosts(), name="uat-cadastro")
Environment.PRODUCTION_CADASTRO = replace(Environment.PRODUCTION.with_cadastro_hosts(), name="production-cadastro")
