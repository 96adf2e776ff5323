# Build OPN Desk's Windows installer: the one-folder bundle, signed, then the NSIS installer, signed.
# Run from the repository's root in PowerShell on Windows, with Python 3.11+ and NSIS 3 (makensis on
# PATH, e.g. `winget install NSIS.NSIS`). Not run in the project's CI (Linux): see packaging\README.md.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Sign -Certificate <thumbprint>]
#
# Signing uses signtool (Windows SDK) with a code-signing certificate in the certificate store,
# given by its SHA-1 thumbprint, and an RFC 3161 timestamp so signatures outlive the certificate.
param(
    [switch]$Sign,
    [string]$Certificate = "",
    [string]$Timestamp = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"

function Sign-Files([string[]]$Files) {
    if (-not $Sign) { return }
    if (-not $Certificate) { throw "-Sign needs -Certificate <thumbprint>" }
    & signtool sign /sha1 $Certificate /fd SHA256 /tr $Timestamp /td SHA256 /d "OPN Desk" @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
}

# 1. A clean build environment from the lock, with the bundle's tools.
py -3.11 -m venv build-venv
build-venv\Scripts\python -m pip install -c packaging\constraints.txt pip
build-venv\Scripts\pip install -c packaging\constraints.txt --build-constraint packaging\constraints.txt ".[bundle]"
if ($LASTEXITCODE -ne 0) { throw "the install failed" }
build-venv\Scripts\python packaging\update_translations.py --release

# 2. The one-folder bundle, dist\opn-desk\ (OPN Desk.exe for the desktop, opn-desk.exe for commands).
build-venv\Scripts\pyinstaller --noconfirm --clean packaging\opn-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
build-venv\Scripts\python packaging\check_bundle.py dist\opn-desk
if ($LASTEXITCODE -ne 0) { throw "the bundle is incomplete" }

# 3. Its smoke test (a throwaway desk in a temporary data folder; the window offscreen).
$smoke = Join-Path $env:TEMP "opn-desk-smoke"
Remove-Item -Recurse -Force $smoke -ErrorAction SilentlyContinue
$env:QT_QPA_PLATFORM = "offscreen"
$env:OPN_DESK_CONFIG = Join-Path $smoke "preferences.json"
& dist\opn-desk\opn-desk.exe demo --db (Join-Path $smoke "demo.sqlite") --organisations 300
& dist\opn-desk\opn-desk.exe --smoke --db (Join-Path $smoke "demo.sqlite")
if ($LASTEXITCODE -ne 0) { throw "the smoke test failed" }
Remove-Item Env:QT_QPA_PLATFORM, Env:OPN_DESK_CONFIG

# 4. Sign the programs, make the installer, sign it.
Sign-Files @("dist\opn-desk\OPN Desk.exe", "dist\opn-desk\opn-desk.exe")
$version = build-venv\Scripts\python -c "import opn_desk; print(opn_desk.__version__)"
$setup = "dist\OPN-Desk-$version-setup.exe"
Push-Location packaging\windows
& makensis /DVERSION=$version /DBUNDLE=..\..\dist\opn-desk /DOUT=..\..\$setup opn-desk.nsi
$made = $LASTEXITCODE
Pop-Location
if ($made -ne 0) { throw "makensis failed" }
Sign-Files @($setup)
Write-Output "Made $setup"
