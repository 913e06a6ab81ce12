"""C2PA signing and verification on real PNG and H.264 files, offline."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import av
import numpy as np
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

from sessions.c2pa import (
    ProvenanceClaim,
    SigningError,
    SigningIdentity,
    sign_file,
    signing_identity,
    verify_file,
)

FIELDS: dict[str, object] = {
    "engine": "animatic",
    "model_version": "animatic-1",
    "prompt_sha256": "ab" * 32,
    "seed": 1234,
    "quality_score": 0.91,
    "gate_decision": "accepted",
    "operator": "dana",
    "failover_chain": ["sim-veo", "animatic"],
    "catalog_version": "2026-11-21",
    "session_id": "sess-1",
    "shot_id": "S03",
    "attempt_id": "att-7",
    "cost_usd": 0.0,
}


def make_png(path: Path, size: tuple[int, int] = (320, 180)) -> Path:
    Image.new("RGB", size, (180, 60, 40)).save(path)
    return path


def make_mp4(path: Path, size: tuple[int, int] = (320, 180), seconds: float = 1.0) -> Path:
    width, height = size
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=24)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for i in range(round(24 * seconds)):
            frame = np.full((height, width, 3), (i * 9) % 256, np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def claim(**overrides: object) -> ProvenanceClaim:
    values: dict[str, object] = {
        "title": "S03 keyframe",
        "action": "c2pa.created",
        "software_agent": "animatic animatic-1",
        "previs": True,
        "fields": dict(FIELDS),
        "ingredients": [],
    }
    values.update(overrides)
    return ProvenanceClaim(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("signing-home")


@pytest.fixture(scope="module")
def identity(home: Path) -> SigningIdentity:
    return signing_identity(home, env={})


def test_local_identity_is_a_ca_and_an_es256_signer(home: Path, identity: SigningIdentity) -> None:
    folder = home / "signing"
    assert identity.source == f"local CA in {folder}"
    key_file = folder / "signer.key"
    assert key_file.is_file() and (folder / "ca.pem").is_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "ca.key").stat().st_mode) == 0o600

    leaf, ca = x509.load_pem_x509_certificates(identity.cert_chain_pem)
    assert leaf.issuer == ca.subject and leaf.subject != ca.subject
    leaf.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert not leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    ekus = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in ekus
    public = leaf.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp256r1"

    # Later calls reuse what is on disk (and the per-process cache): no new CA.
    assert signing_identity(home, env={}) == identity


def test_signed_png_verifies_and_reads_in_words(
    tmp_path: Path, home: Path, identity: SigningIdentity
) -> None:
    png = make_png(tmp_path / "keyframe.png")
    sign_file(png, claim(), identity)

    result = verify_file(png, home=home, env={})
    assert result.valid, result.errors
    text = "\n".join(result.lines)
    assert text.startswith("keyframe.png: c2pa.created by shotcaller")
    assert "animatic animatic-1" in text and "trainedAlgorithmicMedia" in text
    assert "previs" in text
    assert "shotcaller signer" in text
    for key in ("prompt_sha256", "gate_decision", "failover_chain", "catalog_version", "seed"):
        assert f"  {key}: " in text
    assert "1234" in text and '["sim-veo", "animatic"]' in text
    assert not list(tmp_path.glob(".*")), "no temporary file left behind"


def test_signed_mp4_lists_its_keyframe_ingredient(
    tmp_path: Path, home: Path, identity: SigningIdentity
) -> None:
    png = make_png(tmp_path / "keyframe.png")
    sign_file(png, claim(), identity)
    clip = make_mp4(tmp_path / "clip.mp4")
    sign_file(
        clip,
        claim(
            title="S03 clip",
            software_agent="kling-2.1-pro fal-ai/kling-video/v2.1/pro/image-to-video",
            previs=False,
            ingredients=[png],
        ),
        identity,
    )
    upscaled = make_mp4(tmp_path / "upscaled.mp4")
    sign_file(upscaled, claim(action="c2pa.edited", previs=False, ingredients=[clip]), identity)

    result = verify_file(upscaled, home=home, env={})
    assert result.valid, result.errors
    assert result.lines[0].startswith("upscaled.mp4: c2pa.edited by shotcaller")
    ingredient_lines = [line for line in result.lines if "[" in line and ": c2pa." in line]
    assert ingredient_lines[0].strip().startswith("clip.mp4 [parentOf]: c2pa.created")
    assert "kling-2.1-pro" in ingredient_lines[0]
    assert ingredient_lines[1].strip().startswith("keyframe.png [componentOf]: c2pa.created")
    assert "animatic animatic-1" in ingredient_lines[1]


@pytest.mark.parametrize("kind", ["png", "mp4"])
def test_a_changed_byte_in_the_media_makes_it_invalid(
    tmp_path: Path, home: Path, identity: SigningIdentity, kind: str
) -> None:
    media = make_png(tmp_path / "f.png") if kind == "png" else make_mp4(tmp_path / "f.mp4")
    sign_file(media, claim(), identity)
    data = bytearray(media.read_bytes())
    marker = data.find(b"IDAT" if kind == "png" else b"mdat")
    data[marker + 40] ^= 0xFF
    media.write_bytes(bytes(data))

    result = verify_file(media, home=home, env={})
    assert not result.valid
    assert any("mismatch" in error for error in result.errors), result.errors


def test_unsigned_file_has_no_manifest(tmp_path: Path, home: Path) -> None:
    result = verify_file(make_png(tmp_path / "plain.png"), home=home, env={})
    assert not result.valid
    assert result.lines == ["plain.png: no manifest"]
    assert any("no manifest" in error for error in result.errors)


def test_a_stranger_signer_is_intact_but_not_valid(
    tmp_path: Path, home: Path, identity: SigningIdentity
) -> None:
    png = make_png(tmp_path / "theirs.png")
    sign_file(png, claim(), signing_identity(tmp_path / "other-home", env={}))
    result = verify_file(png, home=home, env={})
    assert not result.valid
    assert result.errors == [
        "signer not trusted (the local CA or SHOTCALLER_SIGNING_CERT); "
        "signature and hashes were checked separately"
    ]


def _user_chain(folder: Path) -> tuple[Path, Path]:
    """A studio's own CA and signer, made with cryptography as a user would bring them."""
    folder.mkdir()
    ca_key, key = ec.generate_private_key(ec.SECP384R1()), ec.generate_private_key(ec.SECP384R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Studio Root")])
    leaf_name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Studio"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Studio signer"),
        ]
    )
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    end = start + dt.timedelta(days=365)

    def build(subject: x509.Name, public: ec.EllipticCurvePublicKey) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
        )

    ca = (
        build(ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA384())
    )
    usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
    leaf = (
        build(leaf_name, key.public_key())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA384())
    )
    cert_file, key_file = folder / "chain.pem", folder / "signer.key"
    pem = serialization.Encoding.PEM
    cert_file.write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


def test_users_own_certificate_and_key(tmp_path: Path) -> None:
    cert_file, key_file = _user_chain(tmp_path / "studio")
    env = {"SHOTCALLER_SIGNING_CERT": str(cert_file), "SHOTCALLER_SIGNING_KEY": str(key_file)}
    user_home = tmp_path / "user-home"
    identity = signing_identity(user_home, env=env)
    assert identity.source == "SHOTCALLER_SIGNING_CERT"
    assert not (user_home / "signing").exists(), "no local CA when the user brings their own"

    png = make_png(tmp_path / "k.png")
    sign_file(png, claim(), identity)
    result = verify_file(png, home=user_home, env=env)
    assert result.valid, result.errors
    assert "signed by Studio signer of Studio (Es384)" in result.lines[0]


def test_half_configured_or_mismatched_user_identity_is_refused(tmp_path: Path) -> None:
    cert_file, _ = _user_chain(tmp_path / "a")
    _, other_key = _user_chain(tmp_path / "b")
    with pytest.raises(SigningError, match="set both"):
        signing_identity(tmp_path, env={"SHOTCALLER_SIGNING_CERT": str(cert_file)})
    env = {"SHOTCALLER_SIGNING_CERT": str(cert_file), "SHOTCALLER_SIGNING_KEY": str(other_key)}
    with pytest.raises(SigningError, match="does not match") as info:
        signing_identity(tmp_path, env=env)
    assert "PRIVATE" not in str(info.value)


def test_no_key_material_in_outputs_or_errors(
    tmp_path: Path, home: Path, identity: SigningIdentity
) -> None:
    secret_lines = [
        line
        for line in identity.private_key_pem.decode().splitlines()
        if line and not line.startswith("-----")
    ]
    assert secret_lines[0] not in repr(identity)

    png = make_png(tmp_path / "k.png")
    sign_file(png, claim(), identity)
    outputs = [verify_file(png, home=home, env={})]
    damaged = tmp_path / "bad.png"
    damaged.write_bytes(png.read_bytes()[:-200])
    outputs.append(verify_file(damaged, home=home, env={}))
    messages = [line for out in outputs for line in (*out.lines, *out.errors)]

    broken = SigningIdentity(identity.cert_chain_pem[:200], identity.private_key_pem, "test")
    with pytest.raises(SigningError) as info:
        sign_file(make_png(tmp_path / "x.png"), claim(), broken)
    messages.append(str(info.value))
    with pytest.raises(SigningError) as info:
        sign_file(tmp_path / "notes.txt", claim(), identity)
    messages.append(str(info.value))

    text = "\n".join(messages)
    assert "PRIVATE KEY" not in text
    assert not any(secret in text for secret in secret_lines)
    assert all("\n" not in message for message in messages)


def test_edited_without_a_parent_is_refused(tmp_path: Path, identity: SigningIdentity) -> None:
    png = make_png(tmp_path / "k.png")
    before = png.read_bytes()
    with pytest.raises(SigningError, match="needs the file it edited"):
        sign_file(png, claim(action="c2pa.edited"), identity)
    assert png.read_bytes() == before
