; Inno Setup 6 script: Gapura-Setup-<version>.exe from the one-folder build dist\gapura\.
;
; Build on Windows, from the repository root (see installer/README.md):
;   .venv\Scripts\python installer\build.py
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\gapura.iss
;
; Program files go to Program Files\Gapura (per machine, replaced by each update); every user's
; configuration, database, backups and logs go to ProgramData\Gapura through GAPURA_HOME (set for
; the machine below), which no update touches. The uninstaller keeps that data unless the admin
; ticks the box to remove it (silent uninstalls always keep it). The same layout as the .deb:
; the program in one folder, the data elsewhere, the first start of a new version backing up and
; migrating the database (app/store/backup.py).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z gapura.iss
#endif
#define AppName "Gapura"
#define Dist "..\..\dist\gapura"

[Setup]
; Never change AppId: a newer setup finds and upgrades the installed Gapura by it.
AppId={{6B0F7C1E-3D52-4E1A-9A57-5C2E8D0B4A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Direktorat Jenderal Imigrasi
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Gapura-Setup-{#AppVersion}
SetupIconFile=..\build\gapura.ico
UninstallDisplayIcon={app}\gapura.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; GAPURA_HOME is a machine environment variable: tell running programs it changed.
ChangesEnvironment=yes
; An update while Gapura runs: close it (it releases its instance lock on exit).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Indonesian.isl is not among Inno Setup's official translations: put the unofficial one
; (jrsoftware.org/files/istrans/) next to this script before building (installer/README.md).
Name: "id"; MessagesFile: "Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat pintasan di desktop
en.DesktopIcon=Create a desktop shortcut
id.RemoveData=Hapus juga SEMUA data Gapura (basis data, cadangan, konfigurasi, log) di %1?%n%nPilih Tidak untuk menyimpannya (disarankan).
en.RemoveData=Also remove ALL Gapura data (database, backups, configuration, logs) in %1?%n%nChoose No to keep it (recommended).

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Dirs]
; Officers (not administrators) run Gapura and write its data.
Name: "{commonappdata}\Gapura"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
; The whole frozen folder; an update first removes the old program files (below), never data.
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version that the new one no longer ships (a removed library, module).
Type: filesandordirs; Name: "{app}\_internal"

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
    ValueType: expandsz; ValueName: "GAPURA_HOME"; ValueData: "{commonappdata}\Gapura"; \
    Flags: preservestringtype uninsdeletevalue

[Icons]
; gapuraw.exe: the same program without a console window.
Name: "{group}\{#AppName}"; Filename: "{app}\gapuraw.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\gapuraw.exe"; WorkingDir: "{app}"; \
    Tasks: desktopicon

[Run]
; An update over existing data: back up and migrate the database now, as the admin who
; installs (a failed migration restores the backup and is reported in the log). A new
; workstation has no config yet and gets the setup wizard at its first start instead.
Filename: "{cmd}"; \
    Parameters: "/C set ""GAPURA_HOME={commonappdata}\Gapura"" && ""{app}\gapura.exe"" db upgrade >> ""{commonappdata}\Gapura\logs\install-upgrade.log"" 2>&1"; \
    Flags: runhidden waituntilterminated; Check: HasConfig; StatusMsg: "Memperbarui basis data..."
Filename: "{app}\gapuraw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{commonappdata}\Gapura');
end;

function HasConfig(): Boolean;
begin
  Result := FileExists(DataDir() + '\config\config.toml');
  if Result then
    ForceDirectories(DataDir() + '\logs');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Data stays unless the admin asks, interactively, to remove it. }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir(), True, True, True);
end;
