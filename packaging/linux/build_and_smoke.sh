#!/bin/sh
# Build the Linux one-folder bundle, smoke-test it offscreen, and pack it as a tarball with its
# desktop entry and icon: dist/wardhuddle-<version>-linux-x86_64.tar.gz. Run from anywhere.
# A Qt that cannot load makes the smoke test fail (never skip): headless machines need libegl1.
set -eu
cd "$(dirname "$0")/../.."
uv run python packaging/build.py
uv run python packaging/smoke_test.py
version=$(uv run python -c "import app; print(app.__version__)")
cp packaging/linux/wardhuddle.desktop resources/icons/wardhuddle.svg dist/wardhuddle/
tar -C dist -czf "dist/wardhuddle-$version-linux-$(uname -m).tar.gz" wardhuddle
echo "dist/wardhuddle-$version-linux-$(uname -m).tar.gz"
