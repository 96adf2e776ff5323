; OPN Desk's Windows installer (NSIS 3), made from the one-folder bundle dist\opn-desk\.
; Not run here (it needs Windows, or makensis, and a Windows bundle): see packaging\README.md.
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\opn-desk /DOUT=..\..\dist\OPN-Desk-0.1.0-setup.exe opn-desk.nsi
;   (packaging\windows\build.ps1 does it all: the bundle, this installer, signing.)
;
; Installs for all users into "C:\Program Files\OPN Desk" (administrator rights), with a Start menu
; shortcut and an entry in Settings > Apps. Silent: OPN-Desk-<version>-setup.exe /S [/D=C:\path]
; (/D last, no quotes). Uninstall silently: "C:\Program Files\OPN Desk\uninstall.exe" /S.
; The desk's data is never inside the program folder (it is in %LOCALAPPDATA%\One Planet network\OPN Desk),
; so neither an update nor the uninstaller touches it.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "give /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\opn-desk"
!endif
!ifndef OUT
  !define OUT "..\..\dist\OPN-Desk-${VERSION}-setup.exe"
!endif
!define NAME "OPN Desk"
!define PUBLISHER "One Planet network"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OPN Desk"

Name "${NAME}"
OutFile "${OUT}"
InstallDir "$PROGRAMFILES64\${NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${NAME}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${NAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\..\resources\icons\opn-desk.ico"
!define MUI_UNICON "..\..\resources\icons\opn-desk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\OPN Desk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"

Section "OPN Desk" Main
  SetShellVarContext all
  ; An update: the previous version's program files go first, so none of them is left behind beside
  ; the new ones. Only the program folder; the desk's database and backups are elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\OPN Desk.exe"
  Delete "$INSTDIR\opn-desk.exe"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\OPN Desk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\OPN Desk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; The program only: the desk's database, its backups and preferences stay in the user's folder.
  Delete "$SMPROGRAMS\${NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\OPN Desk.exe"
  Delete "$INSTDIR\opn-desk.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
