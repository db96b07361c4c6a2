"""RSA keys and App JWTs for tests: the app's private key stays in the test, the emulator gets the
public half, exactly as GitHub only ever holds an app's public key."""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class KeyPair:
    private_pem: bytes  # PKCS#1 "BEGIN RSA PRIVATE KEY", the format GitHub hands out
    public_pem: bytes  # SubjectPublicKeyInfo "BEGIN PUBLIC KEY"


def generate_keypair(bits: int = 2048) -> KeyPair:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return KeyPair(private_pem=private, public_pem=public)


def app_jwt(
    app_id: int | str,
    private_pem: bytes,
    *,
    iat: int | None = None,
    exp: int | None = None,
    algorithm: str = "RS256",
) -> str:
    """A GitHub App JWT as GitHub documents it: iat 60 s in the past, exp at most 10 minutes on."""
    now = int(time.time())
    claims = {
        "iat": now - 60 if iat is None else iat,
        "exp": now + 540 if exp is None else exp,
        "iss": str(app_id),
    }
    return jwt.encode(claims, private_pem, algorithm=algorithm)
