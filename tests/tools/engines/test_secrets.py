"""Keys never leave an adapter, in any form a provider may echo them."""

from __future__ import annotations

import base64
from collections.abc import Callable
from urllib.parse import quote, quote_plus

import pytest

from tests.tools.engines.conformance import run_adapter
from tests.tools.engines.conftest import make_spec
from tests.tools.engines.recorder import Heard, Reply, recording
from tools.engines.base import EngineRequest
from tools.engines.errors import EngineError
from tools.engines.secrets import MASK, Redactor, redact

KEY = "fal-test-key-1234567890abcdef"


def percent_all(text: str, case: str = "upper") -> str:
    encoded = "".join(f"%{b:02X}" for b in text.encode())
    return encoded if case == "upper" else encoded.lower()


FORMS = {
    "exact": KEY,
    "url-encoded (quote)": quote(KEY, safe=""),
    "url-encoded every byte": percent_all(KEY),
    "url-encoded lower-case hex": percent_all(KEY, "lower"),
    "url-encoded, mixed": "fal%2Dtest%2Dkey-1234567890abcdef",
    "base64": base64.b64encode(KEY.encode()).decode(),
    "base64 inside Basic auth": base64.b64encode(f"user:{KEY}".encode()).decode(),
    "base64 at offset 2": base64.b64encode(f"ab{KEY}zz".encode()).decode(),
    "url-safe base64": base64.urlsafe_b64encode(f"~~{KEY}".encode()).decode(),
    "prefix of 8": KEY[:8],
    "prefix of 15": KEY[:15],
    "prefix, then an ellipsis": KEY[:12] + "…",
}


@pytest.mark.parametrize("form", FORMS)
def test_every_form_of_a_key_is_masked(form: str) -> None:
    text = f"invalid key {FORMS[form]} for this app"
    masked = redact(text, [KEY])
    assert MASK in masked and masked.startswith("invalid key ")
    leftover = masked.replace(MASK, " ")
    assert KEY[:8] not in leftover and quote(KEY[:8], safe="") not in leftover
    assert base64.b64encode(KEY.encode()).decode()[:8] not in leftover


def test_ordinary_text_and_short_fragments_are_left_alone() -> None:
    text = "fal rejected: quota exceeded (fal-tes)"  # 7 characters of the key: too short
    assert redact(text, [KEY]) == text
    assert Redactor([]).__call__(text) == text
    assert redact("spaces a+b", ["a b c d e f g h"]) == "spaces a+b"


def test_metadata_is_scrubbed_deeply() -> None:
    value = {"logs": [f"auth {quote_plus(KEY)}"], "nested": {"k": KEY[:10]}, "n": 3}
    assert Redactor([KEY]).deep(value) == {"logs": [f"auth {MASK}"], "nested": {"k": MASK}, "n": 3}


@pytest.mark.parametrize("form", FORMS)
async def test_an_adapter_error_echoing_the_key_leaks_nothing(
    request_for: Callable[..., EngineRequest], form: str
) -> None:
    """A provider error body that quotes the key (in any form) reaches the attempt's error text
    and provenance only masked."""

    def answer(heard: Heard) -> Reply:
        return Reply(400, {"detail": f"Key {FORMS[form]} cannot run this app"})

    with recording(answer) as rec:
        spec = make_spec("fal", "fal-ai/flux/dev", ("generate_keyframe",), base_url=rec.url)
        with pytest.raises(EngineError) as raised:
            await run_adapter(spec, request_for("generate_keyframe"), {"FAL_KEY": KEY})
    message = str(raised.value)
    assert message == raised.value.message and MASK in message
    assert FORMS[form] not in message and KEY[:8] not in message


async def test_a_failed_job_echoing_the_key_in_its_status_is_masked(
    request_for: Callable[..., EngineRequest],
) -> None:
    def answer(heard: Heard) -> Reply:
        if heard.method == "POST":
            base = f"http://{heard.headers['host']}/fal-ai/flux/requests/r1"
            return Reply(body={"request_id": "r1", "status_url": f"{base}/status",
                               "response_url": base})  # fmt: skip
        return Reply(body={"status": "COMPLETED", "error": f"bad token {quote(KEY, safe='')}"})

    with recording(answer) as rec:
        spec = make_spec("fal", "fal-ai/flux/dev", ("generate_keyframe",), base_url=rec.url)
        with pytest.raises(EngineError) as raised:
            await run_adapter(spec, request_for("generate_keyframe"), {"FAL_KEY": KEY})
    assert raised.value.provider_job_id == "r1"
    assert KEY[:8] not in str(raised.value) and "%2D" not in str(raised.value)
