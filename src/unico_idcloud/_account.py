"""A service account: what Unico provisions per environment (account name, tenant id, RSA private key)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from .errors import ConfigurationError

ISSUER_DOMAIN = "iam.acesso.io"


class ServiceAccount:
    """Credentials of a Unico service account. The key is parsed once, here, so a bad key fails at start-up,
    and ``repr()`` never shows it."""

    __slots__ = ("_private_key", "name", "tenant_id")

    def __init__(self, *, name: str, tenant_id: str, private_key: str | bytes) -> None:
        if not name or not tenant_id:
            raise ConfigurationError("a service account needs a name and a tenant id")
        self.name = name
        self.tenant_id = tenant_id
        self._private_key = _load_rsa_key(private_key)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, name: str, tenant_id: str) -> ServiceAccount:
        """Read the private key from a PEM file (the ``.pem`` Unico provisions)."""
        try:
            pem = Path(path).read_bytes()
        except OSError as exc:
            raise ConfigurationError(f"cannot read the private key file: {exc.strerror}") from None
        return cls(name=name, tenant_id=tenant_id, private_key=pem)

    @property
    def issuer(self) -> str:
        """The ``iss`` claim Unico expects: ``<name>@<tenant_id>.iam.acesso.io``."""
        return f"{self.name}@{self.tenant_id}.{ISSUER_DOMAIN}"

    @property
    def private_key(self) -> RSAPrivateKey:
        return self._private_key

    def __repr__(self) -> str:
        return f"ServiceAccount(name={self.name!r}, tenant_id={self.tenant_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceAccount):
            return NotImplemented
        return (self.name, self.tenant_id) == (other.name, other.tenant_id) and (
            self._private_key.private_numbers() == other._private_key.private_numbers()
        )

    def __hash__(self) -> int:
        return hash((self.name, self.tenant_id))


def _load_rsa_key(pem: str | bytes) -> RSAPrivateKey:
    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        # The library's message can quote the input; ours never does.
        raise ConfigurationError("the private key is not an unencrypted PEM private key") from None
    if not isinstance(key, RSAPrivateKey):
        raise ConfigurationError("the private key is not an RSA key (Unico signs assertions with RS256)")
    return key
