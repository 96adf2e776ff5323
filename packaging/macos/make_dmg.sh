#!/usr/bin/env bash
# Build OPN Desk for macOS: the one-folder bundle wrapped as "OPN Desk.app" (packaging/opn-desk.spec's
# BUNDLE), signed and notarised when asked, in a disk image (hdiutil). Run from the repository's root
# on a Mac with Python 3.11+ (python.org's universal2 build, or build once per architecture). Not run
# in the project's CI (Linux): see packaging/README.md.
#
#   packaging/macos/make_dmg.sh                          # unsigned (for testing only)
#   SIGN_IDENTITY="Developer ID Application: Org (TEAMID)" NOTARY_PROFILE=opn-desk packaging/macos/make_dmg.sh
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials opn-desk --apple-id you@org --team-id TEAMID --password <app password>
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
"$PYTHON" -m venv build-venv
build-venv/bin/python -m pip install -c packaging/constraints.txt pip
build-venv/bin/pip install -c packaging/constraints.txt --build-constraint packaging/constraints.txt ".[bundle]"
build-venv/bin/python packaging/update_translations.py --release
build-venv/bin/pyinstaller --noconfirm --clean packaging/opn-desk.spec
build-venv/bin/python packaging/check_bundle.py dist/opn-desk

app="dist/OPN Desk.app"
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen OPN_DESK_CONFIG="$smoke/preferences.json" \
  "$app/Contents/MacOS/opn-desk" demo --db "$smoke/demo.sqlite" --organisations 300
QT_QPA_PLATFORM=offscreen OPN_DESK_CONFIG="$smoke/preferences.json" \
  "$app/Contents/MacOS/opn-desk" --smoke --db "$smoke/demo.sqlite"
rm -rf "$smoke"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  # Hardened runtime (required for notarisation); every library inside is signed by --deep.
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

version=$(build-venv/bin/python -c "import opn_desk; print(opn_desk.__version__)")
dmg="dist/OPN-Desk-$version.dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it to install
rm -f "$dmg"
hdiutil create -volname "OPN Desk $version" -srcfolder "$staging" -format UDZO -ov "$dmg"
rm -rf "$staging"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi
echo "Made $dmg"
