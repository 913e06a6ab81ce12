"""C2PA Content Credentials: sign delivered files offline and verify them.

Signing needs no network: no timestamp authority is used, and on first use a local CA and an
ES256 signing certificate are created in ``<home>/signing`` (C2PA validators reject a lone
self-signed certificate, hence the CA). A user can bring their own chain and key instead through
``SHOTCALLER_SIGNING_CERT`` / ``SHOTCALLER_SIGNING_KEY``.

What "valid" means here: c2pa-rs reports ``Trusted`` only when the claim signature checks out,
every hash matches the bytes on disk (a changed byte in the media makes it ``Invalid``) and the
signing certificate chains to a trust anchor. A local CA is on no public trust list, so the
verifier trusts exactly the anchors this installation is configured with: the local CA in
``<home>/signing`` (if it exists) and the root of ``SHOTCALLER_SIGNING_CERT`` (if set). A file
that is intact but signed by anyone else is reported as not valid, with that reason, rather than
as a pass: we cannot vouch for a signer we do not know.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sessions.paths import data_home

CERT_ENV = "SHOTCALLER_SIGNING_CERT"
KEY_ENV = "SHOTCALLER_SIGNING_KEY"
ASSERTION = "com.shotcaller.provenance"
AI_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
PREVIS_NOTE = "previs from the animatic engine, not final footage"
MIME_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".mp4": "video/mp4"}

CA_CERT, CA_KEY = "ca.pem", "ca.key"
# id-kp-documentSigning (RFC 9336); `cryptography` has no constant for it yet.
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
CHAIN, KEY = "signer-chain.pem", "signer.key"
LEAF_DAYS, CA_DAYS = 825, 3650


class SigningError(Exception):
    """A file could not be signed, or the signing identity is unusable. One line, no key material."""


@dataclass(frozen=True)
class SigningIdentity:
    cert_chain_pem: bytes  # leaf first, then its issuers
    private_key_pem: bytes = field(repr=False)
    source: str  # where it came from, for messages: never the key itself


@dataclass
class ProvenanceClaim:
    title: str
    action: Literal["c2pa.created", "c2pa.edited"]
    software_agent: str  # the engine and its model, e.g. "kling-2.1-pro fal-ai/kling-video/…"
    previs: bool
    fields: dict[str, object]  # the attempt's provenance fields, stored as our own assertion
    ingredients: list[Path] = field(default_factory=list)  # what this file was made from
    # References the generator was shown (a cast member's photo, a character sheet view): C2PA's
    # `inputTo` relationship, for inputs to an AI model that are neither parent nor component.
    inputs: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Verification:
    valid: bool
    lines: list[str]
    errors: list[str]


# --- identity ------------------------------------------------------------------------------

_identities: dict[tuple[str, str, str], SigningIdentity] = {}
_identities_lock = threading.Lock()


def signing_identity(home: Path, env: Mapping[str, str] | None = None) -> SigningIdentity:
    """The certificate chain and key to sign with: the user's own, else the local CA's signer.

    Created in ``<home>/signing`` on first use; cached per process afterwards.
    """
    env = os.environ if env is None else env
    cert_file, key_file = env.get(CERT_ENV, "").strip(), env.get(KEY_ENV, "").strip()
    # abspath, not resolve(): this runs for every take, and resolve() stats each path component;
    # two spellings of one home at worst load the same files twice.
    cache_key = (os.path.abspath(home), cert_file, key_file)
    with _identities_lock:
        if cache_key not in _identities:
            if cert_file or key_file:
                _identities[cache_key] = _user_identity(cert_file, key_file)
            else:
                _identities[cache_key] = _local_identity(Path(home) / "signing")
        return _identities[cache_key]


def trust_anchors(home: Path | None = None, env: Mapping[str, str] | None = None) -> bytes:
    """PEM roots this installation trusts: the local CA (never created here) and the user's root."""
    env = os.environ if env is None else env
    home = data_home(env) if home is None else home
    anchors = b""
    local_ca = Path(home) / "signing" / CA_CERT
    if local_ca.is_file():
        anchors += local_ca.read_bytes()
    cert_file = env.get(CERT_ENV, "").strip()
    if cert_file and Path(cert_file).is_file():
        try:
            chain = x509.load_pem_x509_certificates(Path(cert_file).read_bytes())
        except ValueError:
            chain = []
        if chain:
            anchors += chain[-1].public_bytes(serialization.Encoding.PEM)
    return anchors


def _user_identity(cert_file: str, key_file: str) -> SigningIdentity:
    if not (cert_file and key_file):
        raise SigningError(f"set both {CERT_ENV} and {KEY_ENV}, or neither")
    try:
        chain_pem, key_pem = Path(cert_file).read_bytes(), Path(key_file).read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read signing certificate or key: {exc.strerror}") from None
    try:
        chain = x509.load_pem_x509_certificates(chain_pem)
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError):
        # The parser's message could quote the file; say only which variable is wrong.
        raise SigningError(f"{CERT_ENV} or {KEY_ENV} is not an unencrypted PEM file") from None
    if chain[0].public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) != key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise SigningError(f"{KEY_ENV} does not match the first certificate in {CERT_ENV}")
    _signing_alg(key_pem)  # reject unsupported key types now rather than at the first signature
    return SigningIdentity(chain_pem, key_pem, CERT_ENV)


def _local_identity(folder: Path) -> SigningIdentity:
    if not (folder / CHAIN).is_file():
        _create_local_ca(folder)
    chain_pem, key_pem = (folder / CHAIN).read_bytes(), (folder / KEY).read_bytes()
    leaf = x509.load_pem_x509_certificate(chain_pem)
    if leaf.not_valid_after_utc < _now() + dt.timedelta(days=1):
        chain_pem, key_pem = _renew_leaf(folder)
    return SigningIdentity(chain_pem, key_pem, f"local CA in {folder}")


def _create_local_ca(folder: Path) -> None:
    # Built in a sibling folder and renamed into place, so two processes starting at once never
    # mix one's CA with the other's signer: the loser of the rename uses the winner's files.
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".signing-", dir=folder.parent))
    try:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        name = _name("shotcaller local CA")
        ca = (
            _cert_builder(name, name, ca_key.public_key(), CA_DAYS)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(cert_sign=True), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        _write_private(staging / CA_KEY, _key_pem(ca_key))
        (staging / CA_CERT).write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        _issue_leaf(staging, ca, ca_key)
        try:
            staging.rename(folder)
        except OSError:
            if not (folder / CHAIN).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _renew_leaf(folder: Path) -> tuple[bytes, bytes]:
    ca = x509.load_pem_x509_certificate((folder / CA_CERT).read_bytes())
    ca_key = serialization.load_pem_private_key((folder / CA_KEY).read_bytes(), password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    _issue_leaf(folder, ca, ca_key)
    return (folder / CHAIN).read_bytes(), (folder / KEY).read_bytes()


def _issue_leaf(folder: Path, ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey) -> None:
    # What C2PA validators check on a signer: not a CA, digitalSignature, a permitted EKU.
    key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    leaf = (
        _cert_builder(_name("shotcaller signer"), ca.subject, key.public_key(), LEAF_DAYS)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    _write_private(folder / KEY, _key_pem(key))
    chain = leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(
        serialization.Encoding.PEM
    )
    temp = folder / f".{CHAIN}.tmp"
    temp.write_bytes(chain)
    os.replace(temp, folder / CHAIN)


def _cert_builder(
    subject: x509.Name, issuer: x509.Name, public_key: Any, days: int
) -> x509.CertificateBuilder:
    start = _now() - dt.timedelta(minutes=5)  # tolerate small clock skew between machines
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "shotcaller"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write_private(path: Path, data: bytes) -> None:
    # Created 600 from the start: a chmod after writing leaves a window where others can read it.
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(temp, 0o600)
    os.replace(temp, path)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _signing_alg(private_key_pem: bytes) -> c2pa.C2paSigningAlg:
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        by_curve = {256: "ES256", 384: "ES384", 521: "ES512"}
        if key.curve.key_size in by_curve:
            return c2pa.C2paSigningAlg[by_curve[key.curve.key_size]]
    if isinstance(key, rsa.RSAPrivateKey):
        return c2pa.C2paSigningAlg.PS256
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return c2pa.C2paSigningAlg.ED25519
    raise SigningError("unsupported signing key type (use EC P-256/384/521, RSA or Ed25519)")


# --- signing -------------------------------------------------------------------------------


def sign_file(path: Path, claim: ProvenanceClaim, identity: SigningIdentity) -> None:
    """Embed a signed C2PA manifest in ``path`` (PNG or MP4), replacing the file atomically.

    The signed copy is written beside the original and renamed over it, so a crash leaves either
    the unsigned file or the signed one, never half of each.
    """
    path = Path(path)
    mime = _mime(path)
    manifest, ingredients = _manifest(path, claim)
    temp = path.with_name(f".{path.name}.signing{path.suffix}")
    try:
        signer = c2pa.Signer.from_info(
            c2pa.C2paSignerInfo(
                _signing_alg(identity.private_key_pem),
                identity.cert_chain_pem,
                identity.private_key_pem,
                None,  # no timestamp authority: signing stays offline
            )
        )
        with signer, c2pa.Builder.from_json(manifest) as builder:
            for spec, ingredient in ingredients:
                with ingredient.open("rb") as stream:
                    builder.add_ingredient(spec, _mime(ingredient), stream)
            # Signed into memory, then written: a full disk or a permission then fails as the
            # OSError it is (kept as the cause), not as an opaque error from inside the library.
            signed = io.BytesIO()
            with path.open("rb") as source:
                builder.sign(signer, mime, source, signed)
        temp.write_bytes(signed.getbuffer())
        os.replace(temp, path)
    except OSError as exc:
        raise SigningError(f"cannot sign {path.name}: {exc.strerror or exc}") from exc
    except c2pa.C2paError as exc:
        raise SigningError(f"cannot sign {path.name}: {_one_line(exc)}") from None
    finally:
        temp.unlink(missing_ok=True)


def _manifest(path: Path, claim: ProvenanceClaim) -> tuple[dict[str, Any], list[tuple[dict, Path]]]:
    title = f"{claim.title} ({PREVIS_NOTE})" if claim.previs else claim.title
    action: dict[str, Any] = {
        "action": claim.action,
        "digitalSourceType": AI_SOURCE,
        "softwareAgent": {"name": claim.software_agent},
    }
    if claim.previs:
        action["description"] = PREVIS_NOTE
    actions = [action]
    ingredients: list[tuple[dict, Path]] = []
    for index, source in enumerate(claim.ingredients):
        # An edit has one parent (the take it changed); a creation only uses its inputs as parts,
        # since C2PA forbids a parent on c2pa.created.
        parent = claim.action == "c2pa.edited" and index == 0
        spec = {
            "title": Path(source).name,
            "relationship": "parentOf" if parent else "componentOf",
            "label": f"ingredient-{index}",
        }
        ingredients.append((spec, Path(source)))
    for index, source in enumerate(claim.inputs, start=len(claim.ingredients)):
        spec = {
            "title": Path(source).name,
            "relationship": "inputTo",
            "label": f"ingredient-{index}",
        }
        ingredients.append((spec, Path(source)))
    if claim.action == "c2pa.edited":
        if not ingredients:
            raise SigningError(f"cannot sign {path.name}: c2pa.edited needs the file it edited")
        # C2PA requires an edit's first action to be c2pa.opened, naming the parent ingredient.
        actions.insert(
            0, {"action": "c2pa.opened", "parameters": {"ingredientIds": ["ingredient-0"]}}
        )
    manifest = {
        "claim_generator_info": [{"name": "shotcaller", "version": _version()}],
        "title": title,
        "assertions": [
            {"label": "c2pa.actions.v2", "data": {"actions": actions}},
            {"label": ASSERTION, "data": {**claim.fields, "previs": claim.previs}},
        ],
    }
    return manifest, ingredients


def _mime(path: Path) -> str:
    try:
        return MIME_TYPES[path.suffix.lower()]
    except KeyError:
        raise SigningError(
            f"cannot sign {path.name}: only PNG, JPEG and MP4 are supported"
        ) from None


def _version() -> str:
    try:
        return metadata.version("shotcaller")
    except metadata.PackageNotFoundError:
        return "0+unknown"


# --- verification --------------------------------------------------------------------------


def verify_file(
    path: Path, home: Path | None = None, env: Mapping[str, str] | None = None
) -> Verification:
    """Read ``path``'s manifest store and say, in words, who made it from what.

    ``valid`` is True only when c2pa-rs reports the store ``Trusted`` against this installation's
    anchors (see the module docstring): intact bytes, a good signature, a known signer. Raises
    OSError when the file cannot be read.
    """
    path = Path(path)
    with path.open("rb") as stream:
        anchors = trust_anchors(home, env)
        settings: dict[str, Any] = {
            # Offline by design: no certificate-status or remote-manifest fetches.
            "verify": {"verify_trust": True, "ocsp_fetch": False, "remote_manifest_fetch": False},
        }
        if anchors:
            settings["trust"] = {"user_anchors": anchors.decode("ascii")}
        try:
            with (
                c2pa.Context.from_dict(settings) as context,
                c2pa.Reader(MIME_TYPES.get(path.suffix.lower()), stream, None, context) as reader,
            ):
                store = json.loads(reader.json())
        except c2pa.C2paError.ManifestNotFound:
            return Verification(
                False, [f"{path.name}: no manifest"], ["no manifest: unsigned file"]
            )
        except c2pa.C2paError as exc:
            reason = f"unreadable manifest: {_one_line(exc)}"
            return Verification(False, [f"{path.name}: {reason}"], [reason])
    return _describe(path.name, store, bool(anchors))


def _describe(name: str, store: dict[str, Any], have_anchors: bool) -> Verification:
    manifests: dict[str, Any] = store.get("manifests", {})
    state = store.get("validation_state", "Invalid")
    results = store.get("validation_results") or {}
    errors: list[str] = []
    untrusted = False
    failures = list((results.get("activeManifest") or {}).get("failure", []))
    for delta in results.get("ingredientDeltas", []):
        failures += (delta.get("validationDeltas") or {}).get("failure", [])
    for failure in failures:
        code = failure.get("code", "")
        if code == "signingCredential.untrusted":
            untrusted = True
            continue
        errors.append(f"{code}: {failure.get('explanation', '')}".rstrip(": "))
    if untrusted:
        where = "the local CA or " + CERT_ENV if have_anchors else "no trust anchor configured"
        errors.append(f"signer not trusted ({where}); signature and hashes were checked separately")
    valid = state == "Trusted" and not errors
    if not valid and not errors:
        errors.append(f"manifest store is {state}")
    lines = _manifest_lines(name, manifests, store.get("active_manifest"), depth=0, seen=set())
    if valid:
        lines.append(
            f"valid: hashes match, signature good, signer issued by a trusted CA ({state})"
        )
    elif state == "Valid":  # c2pa-rs: intact and well signed, by a signer not trusted here
        lines.append(
            "NOT valid: the hashes match and the signature is good, but the signer is not one "
            "this installation trusts"
        )
    elif state == "Trusted":  # the file's own manifest holds; an ingredient's does not
        lines.append("NOT valid: an ingredient's manifest does not check out (see below)")
    else:
        lines.append("NOT valid: the file does not match its manifest, or the signature is bad")
    return Verification(valid, lines, errors)


def _manifest_lines(
    name: str, manifests: dict[str, Any], label: str | None, depth: int, seen: set[str]
) -> list[str]:
    pad = "  " * depth
    manifest = manifests.get(label or "")
    if manifest is None:
        return [f"{pad}{name}: no manifest"]
    if label in seen:  # a store should never loop, but a crafted one must not hang us
        return [f"{pad}{name}: (manifest already shown)"]
    seen.add(label or "")
    assertions = {a.get("label"): a.get("data", {}) for a in manifest.get("assertions", [])}
    actions = (assertions.get("c2pa.actions.v2") or assertions.get("c2pa.actions") or {}).get(
        "actions", []
    )
    main = next(
        (a for a in actions if a.get("action") != "c2pa.opened"), actions[0] if actions else {}
    )
    generator = ", ".join(g.get("name", "?") for g in manifest.get("claim_generator_info", []))
    agent = main.get("softwareAgent")
    agent = agent.get("name", "") if isinstance(agent, dict) else (agent or "")
    source = str(main.get("digitalSourceType", "")).rsplit("/", 1)[-1]
    signature = manifest.get("signature_info", {})
    what = f"{main.get('action', 'no action')} by {generator or 'unknown software'}"
    if agent:
        what += f" with {agent}"
    if source:
        what += f" ({source})"
    signer = signature.get("common_name") or "unknown signer"
    if signature.get("issuer"):
        signer += f" of {signature['issuer']}"
    lines = [f"{pad}{name}: {what}, signed by {signer} ({signature.get('alg', '?')})"]
    if main.get("description"):
        lines.append(f"{pad}  note: {main['description']}")
    ours = assertions.get(ASSERTION)
    if isinstance(ours, dict):
        for key, value in ours.items():
            lines.append(f"{pad}  {key}: {_value(value)}")
    for ingredient in manifest.get("ingredients", []):
        title = f"{ingredient.get('title', '?')} [{ingredient.get('relationship', '?')}]"
        lines += _manifest_lines(
            title, manifests, ingredient.get("active_manifest"), depth + 1, seen
        )
    return lines


def _value(value: object) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _one_line(exc: BaseException) -> str:
    # c2pa messages can span lines; keep the first, and never echo anything PEM-shaped.
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return "signing library error" if "-----BEGIN" in text else text
