"""Service accounts for the fake: the runtime's :class:`~unico_idcloud.ServiceAccount`, generated with a fresh RSA
key pair, plus the key material a fake Unico needs (the public key) and a test needs (the PEM, a key file)."""

from __future__ import annotations

import os
import secrets
import tempfile
import warnings
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .._account import ISSUER_DOMAIN, ServiceAccount


class _GeneratedAccount(ServiceAccount):
    """A :class:`ServiceAccount` in every way; it only keeps the old ``.credentials`` bridge for one release."""

    __slots__ = ()

    @property
    def credentials(self) -> ServiceAccount:
        """Deprecated: the account itself is what the client takes, ``IDCloud(account, ...)``."""
        warnings.warn(
            "the fake's accounts are unico_idcloud.ServiceAccount now: pass the account itself, not .credentials",
            DeprecationWarning,
            stacklevel=2,
        )
        return self


def generate_service_account(name: str | None = None, tenant_id: str | None = None) -> ServiceAccount:
    """A fresh account with a new 2048-bit RSA key (takes a few tens of milliseconds)."""
    return _GeneratedAccount(
        name=name or f"fake-account-{secrets.token_hex(4)}",
        tenant_id=tenant_id or f"fake-tenant-{secrets.token_hex(4)}",
        private_key=_new_private_key_pem(),
    )


def with_new_key(account: ServiceAccount) -> ServiceAccount:
    """The same account and tenant with a new key pair (the old key can then be revoked)."""
    return _GeneratedAccount(name=account.name, tenant_id=account.tenant_id, private_key=_new_private_key_pem())


def private_key_pem(account: ServiceAccount) -> bytes:
    """The account's private key as unencrypted PKCS#8 PEM (what Unico provisions as a ``.pem`` file)."""
    return account.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_key_pem(account: ServiceAccount) -> bytes:
    """The public half, as the fake (and Unico) keeps it to check assertion signatures."""
    return account.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def write_private_key(account: ServiceAccount, path: str | os.PathLike[str] | None = None) -> Path:
    """Write the private key PEM (mode 0600) to ``path`` or a new temporary file; return the path."""
    if path is None:
        fd, name = tempfile.mkstemp(prefix="unico-fake-", suffix=".pem")
        os.close(fd)
        target = Path(name)
    else:
        target = Path(path)
    target.touch(mode=0o600, exist_ok=True)
    target.chmod(0o600)
    target.write_bytes(private_key_pem(account))
    return target


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


def _new_private_key_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
