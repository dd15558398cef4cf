"""The wheel a user installs carries the plugin's templates and CSS."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_templates_and_css(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("pelican_talks-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "pelican_talks/templates/pelican_talks/talks.html" in names
    assert "pelican_talks/static/talks.css" in names
    # Every subpackage, the vocabulary's tables among them, and the name data.
    assert "pelican_talks/talks/vocabulary/nl.py" in names
    assert "pelican_talks/talks/given_names.txt.gz" in names
    metadata = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("METADATA")))
        .decode()
    )
    assert "Classifier: Framework :: Pelican :: Plugins" in metadata
    assert "Requires-Python: >=3.10" in metadata
