"""Hosting an input image for a provider that fetches it by URL (Luma takes no inline data).

An engine's catalog entry names the upload it uses (`upload = { via = "fal" }` …):

- `fal`: fal's storage, as fal-client does it — `POST {rest}/storage/auth/token?storage_type=
  fal-cdn-v3` with `Authorization: Key $FAL_KEY` gives a short-lived CDN token; `POST
  {cdn}/files/upload` with that token, the bytes and `X-Fal-File-Name` answers `access_url`.
- `s3`: an S3-compatible bucket (AWS, R2, MinIO …). The object is PUT with a SigV4-signed request
  (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, optional AWS_SESSION_TOKEN) and the provider is
  given a presigned GET URL that expires after `expires_s`, so the bucket can stay private.
  The signing follows AWS's Signature Version 4 and is checked against botocore in the tests.

Runway reads its own `runway://` upload URIs only; its adapter uses them itself (runway.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from collections.abc import Mapping
from typing import Protocol
from urllib.parse import quote, urlsplit

import httpx

from tools.catalog import Upload
from tools.engines.base import key_availability
from tools.engines.errors import AuthError, EngineError, ServerError

FAL_REST = "https://rest.fal.ai"
FAL_CDN = "https://v3.fal.media"
UNSIGNED = "UNSIGNED-PAYLOAD"


class Uploader(Protocol):
    def availability(self, env: Mapping[str, str]) -> str | None: ...

    def secrets(self, env: Mapping[str, str]) -> list[str]: ...

    async def upload(
        self, client: httpx.AsyncClient, data: bytes, content_type: str, name: str
    ) -> str: ...


def uploader_for(settings: Upload, env: Mapping[str, str]) -> Uploader:
    if settings.via == "fal":
        return FalStorage(settings, env)
    return S3Bucket(settings, env)


def _failed(what: str, response: httpx.Response) -> EngineError:
    if response.status_code in (401, 403):
        return AuthError(f"{what}: credentials rejected ({response.status_code})")
    return ServerError(f"{what}: HTTP {response.status_code}")


async def _send(
    client: httpx.AsyncClient, what: str, method: str, url: str, **kw: object
) -> httpx.Response:
    try:
        response = await client.request(method, url, **kw)  # type: ignore[arg-type]
    except httpx.HTTPError as exc:
        raise ServerError(f"{what}: network error ({exc.__class__.__name__})") from None
    if not response.is_success:
        raise _failed(what, response)
    return response


class FalStorage:
    """fal's CDN, the way fal-client uploads (its simple, non-multipart path)."""

    key_env = "FAL_KEY"

    def __init__(self, settings: Upload, env: Mapping[str, str]) -> None:
        self.env = env
        self.rest = (settings.endpoint or FAL_REST).rstrip("/")
        self.cdn = (settings.endpoint or FAL_CDN).rstrip("/")

    def availability(self, env: Mapping[str, str]) -> str | None:
        return key_availability(self.key_env, env)

    def secrets(self, env: Mapping[str, str]) -> list[str]:
        return [env.get(self.key_env, "")]

    async def upload(
        self, client: httpx.AsyncClient, data: bytes, content_type: str, name: str
    ) -> str:
        key = self.env.get(self.key_env, "")
        if not key:
            raise AuthError(f"{self.key_env} is not set — fal storage needs it")
        token = (
            await _send(
                client,
                "fal storage token",
                "POST",
                f"{self.rest}/storage/auth/token",
                params={"storage_type": "fal-cdn-v3"},
                json={},
                headers={"Authorization": f"Key {key}", "Accept": "application/json"},
            )
        ).json()
        answer = (
            await _send(
                client,
                "fal storage upload",
                "POST",
                f"{self.cdn}/files/upload",
                content=data,
                headers={
                    "Authorization": f"{token['token_type']} {token['token']}",
                    "Content-Type": content_type,
                    "X-Fal-File-Name": name,
                },
            )
        ).json()
        url = answer.get("access_url") if isinstance(answer, dict) else None
        if not url:
            raise ServerError("fal storage upload: answered without an access_url")
        return str(url)


# ── S3-compatible buckets, signed with AWS Signature Version 4 ────────────────────────────────


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def _signing_key(secret: str, day: str, region: str, service: str) -> bytes:
    key = _hmac(f"AWS4{secret}".encode(), day)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    return key


def _canonical_query(params: Mapping[str, str]) -> str:
    return "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}" for k, v in sorted(params.items())
    )


def sign_v4(
    method: str,
    url: str,
    *,
    region: str,
    access_key: str,
    secret_key: str,
    now: dt.datetime,
    headers: Mapping[str, str] | None = None,
    payload_sha256: str = UNSIGNED,
    session_token: str | None = None,
    service: str = "s3",
) -> dict[str, str]:
    """The headers that sign `method url` (Authorization, x-amz-date, x-amz-content-sha256 …)."""
    parts = urlsplit(url)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    day = stamp[:8]
    signed: dict[str, str] = {
        "host": parts.netloc,
        "x-amz-content-sha256": payload_sha256,
        "x-amz-date": stamp,
        **{k.lower(): v.strip() for k, v in (headers or {}).items()},
    }
    if session_token:
        signed["x-amz-security-token"] = session_token
    names = sorted(signed)
    query: dict[str, str] = {}
    for pair in filter(None, parts.query.split("&")):
        name, _, value = pair.partition("=")
        query[name] = value
    canonical = "\n".join(
        [
            method,
            parts.path or "/",  # already percent-encoded once (S3 wants exactly once)
            _canonical_query(query),
            "".join(f"{n}:{signed[n]}\n" for n in names),
            ";".join(names),
            payload_sha256,
        ]
    )
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", stamp, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    signature = hmac.new(
        _signing_key(secret_key, day, region, service), to_sign.encode(), hashlib.sha256
    ).hexdigest()
    out = {k: v for k, v in signed.items() if k != "host"}
    out["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
        f"SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return out


def presign_v4(
    method: str,
    url: str,
    *,
    region: str,
    access_key: str,
    secret_key: str,
    now: dt.datetime,
    expires_s: int,
    session_token: str | None = None,
    service: str = "s3",
) -> str:
    """`url` with a SigV4 query signature: anyone holding it may `method` it until it expires."""
    parts = urlsplit(url)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    day = stamp[:8]
    scope = f"{day}/{region}/{service}/aws4_request"
    params = {
        "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
        "X-Amz-Credential": f"{access_key}/{scope}",
        "X-Amz-Date": stamp,
        "X-Amz-Expires": str(expires_s),
        "X-Amz-SignedHeaders": "host",
    }
    if session_token:
        params["X-Amz-Security-Token"] = session_token
    path = parts.path or "/"  # already percent-encoded once (S3 wants exactly once)
    canonical = "\n".join(
        [method, path, _canonical_query(params), f"host:{parts.netloc}\n", "host", UNSIGNED]
    )
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", stamp, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    signature = hmac.new(
        _signing_key(secret_key, day, region, service), to_sign.encode(), hashlib.sha256
    ).hexdigest()
    query = _canonical_query(params) + f"&X-Amz-Signature={signature}"
    return f"{parts.scheme}://{parts.netloc}{path}?{query}"


class S3Bucket:
    """An S3-compatible bucket, path-style addressed (`{endpoint}/{bucket}/{key}`)."""

    ACCESS = "AWS_ACCESS_KEY_ID"
    SECRET = "AWS_SECRET_ACCESS_KEY"
    TOKEN = "AWS_SESSION_TOKEN"

    def __init__(self, settings: Upload, env: Mapping[str, str]) -> None:
        self.settings = settings
        self.env = env
        self.clock = lambda: dt.datetime.now(dt.UTC)

    def availability(self, env: Mapping[str, str]) -> str | None:
        return key_availability(self.ACCESS, env) or key_availability(self.SECRET, env)

    def secrets(self, env: Mapping[str, str]) -> list[str]:
        return [env.get(self.SECRET, ""), env.get(self.TOKEN, "")]

    def object_url(self, name: str) -> str:
        s = self.settings
        key = f"{s.prefix}{uuid.uuid4().hex}-{name}"
        return f"{s.endpoint.rstrip('/')}/{s.bucket}/{quote(key, safe='/-_.~')}"

    async def upload(
        self, client: httpx.AsyncClient, data: bytes, content_type: str, name: str
    ) -> str:
        access, secret = self.env.get(self.ACCESS, ""), self.env.get(self.SECRET, "")
        if not (access and secret):
            raise AuthError(f"{self.ACCESS} and {self.SECRET} must be set for s3 uploads")
        token = self.env.get(self.TOKEN) or None
        url, now = self.object_url(name), self.clock()
        headers = sign_v4(
            "PUT",
            url,
            region=self.settings.region,
            access_key=access,
            secret_key=secret,
            now=now,
            headers={"content-type": content_type},
            payload_sha256=hashlib.sha256(data).hexdigest(),
            session_token=token,
        )
        await _send(client, "s3 upload", "PUT", url, content=data, headers=headers)
        return presign_v4(
            "GET",
            url,
            region=self.settings.region,
            access_key=access,
            secret_key=secret,
            now=now,
            expires_s=self.settings.expires_s,
            session_token=token,
        )
