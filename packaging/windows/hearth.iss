; Inno Setup script for Hearth's Windows installer (https://jrsoftware.org/isinfo.php).
; Build the bundle first (python packaging\build.py), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\hearth.iss
; build.py runs this itself when iscc.exe is on PATH. Output: dist\Hearth-<version>-windows-setup.exe
; It installs per user (no administrator rights) and never touches the user's data folders, so
; conversations, models and settings survive an uninstall or an upgrade.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\hearth.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Hearth"
#endif

[Setup]
AppId={{6F1C2E8A-3B5D-4C7E-9A1F-2D4B6C8E0A13}
AppName=Hearth
AppVersion={#AppVersion}
AppVerName=Hearth {#AppVersion}
AppPublisher=Hearth contributors
DefaultDirName={localappdata}\Programs\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Hearth-{#AppVersion}-windows-setup
SetupIconFile=..\icons\hearth.ico
UninstallDisplayIcon={app}\Hearth.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Hearth
VersionInfoDescription=Hearth installer

[Files]
; The whole one-folder bundle: Hearth.exe, hearth-cli.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hearth"; Filename: "{app}\Hearth.exe"
Name: "{autodesktop}\Hearth"; Filename: "{app}\Hearth.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent
