"""Service accounts: what Unico provisions per environment (account name, tenant id, RSA key pair)."""

from __future__ import annotations

import os
import secrets
import tempfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .._account import ServiceAccount as RuntimeServiceAccount

ISSUER_DOMAIN = "iam.acesso.io"


def _new_key_pair() -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


@dataclass(frozen=True, repr=False)
class ServiceAccount:
    """A service account's credentials. ``repr`` never shows the private key."""

    account_name: str
    tenant_id: str
    private_key_pem: bytes = field(compare=False)
    public_key_pem: bytes = field(compare=False)

    @classmethod
    def generate(cls, account_name: str | None = None, tenant_id: str | None = None) -> ServiceAccount:
        """A fresh account with a new 2048-bit RSA key (takes a few tens of milliseconds)."""
        private_pem, public_pem = _new_key_pair()
        return cls(
            account_name=account_name or f"fake-account-{secrets.token_hex(4)}",
            tenant_id=tenant_id or f"fake-tenant-{secrets.token_hex(4)}",
            private_key_pem=private_pem,
            public_key_pem=public_pem,
        )

    @property
    def issuer(self) -> str:
        """The ``iss`` claim Unico expects: ``<account_name>@<tenant_id>.iam.acesso.io``."""
        return f"{self.account_name}@{self.tenant_id}.{ISSUER_DOMAIN}"

    @cached_property
    def credentials(self) -> RuntimeServiceAccount:
        """The same account as the client takes it: ``IDCloud(account.credentials, transport=fake.transport())``.
        Parsed once: loading an RSA key checks it, which takes tens of milliseconds."""
        return RuntimeServiceAccount(name=self.account_name, tenant_id=self.tenant_id, private_key=self.private_key_pem)

    def rotated(self) -> ServiceAccount:
        """The same account and tenant with a new key pair (the old key can then be revoked)."""
        private_pem, public_pem = _new_key_pair()
        return ServiceAccount(self.account_name, self.tenant_id, private_pem, public_pem)

    def write_private_key(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the private key PEM (mode 0600) to ``path`` or a new temporary file; return the path."""
        if path is None:
            fd, name = tempfile.mkstemp(prefix="unico-fake-", suffix=".pem")
            os.close(fd)
            target = Path(name)
        else:
            target = Path(path)
        target.touch(mode=0o600, exist_ok=True)
        target.chmod(0o600)
        target.write_bytes(self.private_key_pem)
        return target

    def __repr__(self) -> str:
        return f"ServiceAccount(account_name={self.account_name!r}, tenant_id={self.tenant_id!r})"


def parse_issuer(iss: str) -> tuple[str, str] | None:
    """Split ``<account>@<tenant>.iam.acesso.io`` into (account, tenant); ``None`` if it has another shape."""
    account, sep, rest = iss.partition("@")
    suffix = "." + ISSUER_DOMAIN
    if not sep or not account or not rest.endswith(suffix):
        return None
    tenant = rest[: -len(suffix)]
    if not tenant:
        return None
    return account, tenant
