"""Uploads for providers that fetch inputs by URL: S3 SigV4 signing checked against botocore,
the upload itself against a loopback bucket, and fal storage against fal-client (see
test_conformance_fal_google.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from botocore import auth as botocore_auth
from botocore.auth import S3SigV4Auth, S3SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from tests.tools.engines.recorder import Heard, Reply, recording
from tools.catalog import Upload
from tools.engines.errors import AuthError
from tools.engines.uploads import S3Bucket, presign_v4, sign_v4

NOW = dt.datetime(2026, 11, 25, 10, 30, 0, tzinfo=dt.UTC)
ACCESS, SECRET = "AKIAEXAMPLETEST0001", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
URL = "https://s3.eu-west-1.amazonaws.com/film-co-inputs/shotcaller/ab12-key%20frame.png"


@pytest.fixture
def frozen_botocore(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(botocore_auth, "get_current_datetime", lambda: NOW.replace(tzinfo=None))
    yield


@pytest.mark.parametrize("token", [None, "FwoGZXIvYXdzEXAMPLETOKEN"])
def test_put_signature_matches_botocore(frozen_botocore: None, token: str | None) -> None:
    data = b"\x89PNG fake bytes"
    payload = hashlib.sha256(data).hexdigest()
    ours = sign_v4(
        "PUT", URL, region="eu-west-1", access_key=ACCESS, secret_key=SECRET, now=NOW,
        headers={"content-type": "image/png"}, payload_sha256=payload, session_token=token,
    )  # fmt: skip
    request = AWSRequest(method="PUT", url=URL, data=data, headers={"content-type": "image/png"})
    S3SigV4Auth(Credentials(ACCESS, SECRET, token), "s3", "eu-west-1").add_auth(request)
    assert ours["authorization"] == request.headers["Authorization"]
    assert ours["x-amz-date"] == request.headers["X-Amz-Date"]


def test_presigned_get_matches_botocore(frozen_botocore: None) -> None:
    ours = presign_v4(
        "GET", URL, region="eu-west-1", access_key=ACCESS, secret_key=SECRET, now=NOW,
        expires_s=3600,
    )  # fmt: skip
    request = AWSRequest(method="GET", url=URL)
    S3SigV4QueryAuth(Credentials(ACCESS, SECRET), "s3", "eu-west-1", expires=3600).add_auth(request)
    theirs = request.url
    assert urlsplit(ours).path == urlsplit(theirs).path
    assert parse_qs(urlsplit(ours).query) == parse_qs(urlsplit(theirs).query)


async def test_s3_upload_puts_signed_and_hands_out_a_presigned_url() -> None:
    def bucket(heard: Heard) -> Reply:
        return Reply(200, b"")

    with recording(bucket) as rec:
        settings = Upload(via="s3", bucket="inputs", endpoint=rec.url, region="auto")
        env = {"AWS_ACCESS_KEY_ID": ACCESS, "AWS_SECRET_ACCESS_KEY": SECRET}
        uploader = S3Bucket(settings, env)
        async with httpx.AsyncClient() as client:
            url = await uploader.upload(client, b"png", "image/png", "keyframe.png")
        [put] = rec.heard
    assert put.method == "PUT" and put.path.startswith("/inputs/shotcaller/")
    assert put.path.endswith("-keyframe.png") and put.body == b"png"
    assert put.headers["authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS}/")
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["3600"] and "X-Amz-Signature" in query
    assert SECRET not in url and SECRET not in str(put.headers)
    assert uploader.secrets(env)[0] == SECRET  # masked in every error the engine raises


async def test_s3_without_credentials_is_unavailable_and_refuses_to_upload() -> None:
    settings = Upload(via="s3", bucket="b", endpoint="https://r2.example.invalid")
    uploader = S3Bucket(settings, {})
    assert uploader.availability({}) == "AWS_ACCESS_KEY_ID is not set"
    async with httpx.AsyncClient() as client:
        with pytest.raises(AuthError, match="must be set"):
            await uploader.upload(client, b"x", "image/png", "k.png")
