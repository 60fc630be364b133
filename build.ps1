#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Build tasks of the portal. Run with `dotnet tool restore; dotnet pwsh build.ps1 <target>`.
.DESCRIPTION
    build       restore and build the solution (warnings are errors)
    test        run every test project (the README's test command does the same)
    run         run the portal with demo data on SQLite (http://localhost:5080)
    format      check formatting with `dotnet format --verify-no-changes`
    migrations  add a migration for all three providers: build.ps1 migrations -Name AddThing
    reliability two nodes behind nginx on PostgreSQL under load with faults injected, then checks (README "Reliability suite");
                build.ps1 reliability [-Duration 300]
    sqlserver-script  write deploy/sqlserver-migrations.sql, the idempotent SQL Server script (after a migration)
    resources   regenerate the .resx pairs from their .tsv tables (key, ja, en)
    assets      refresh wwwroot/lib from npm (needs npm; the copies are committed)
    search-rebuild  build this node's search index again from the database and exit (README "Keyword search");
                the database and folders come from the portal's configuration (appsettings, Database__*, Search__IndexPath)
    bench       export benchmark: 100,000 login events as CSV, .xlsx and PDF (time, memory);
                build.ps1 bench -Name cases [-Provider sqlite|postgres] [-Cases 1000000] [-SkipSeed]: case benchmark
                (1,000,000 cases seeded in bulk, then HTTP load on the running portal; README "Case benchmark");
                build.ps1 bench -Name comment-page: a case page with the largest allowed comment (CASE-7)
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'run', 'format', 'migrations', 'sqlserver-script', 'resources', 'assets', 'bench', 'reliability', 'search-rebuild')]
    [string] $Target = 'build',
    [string] $Name,
    [string] $Configuration = 'Debug',
    [ValidateSet('sqlite', 'postgres')]
    [string] $Provider = 'sqlite',
    [int] $Cases = 1000000,
    [switch] $SkipSeed,
    [int] $Duration = 300
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $command, [string[]] $arguments) {
    & $command @arguments
    if ($LASTEXITCODE -ne 0) { throw "$command $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Target) {
    'build' { Invoke-Step dotnet @('build', 'Portal.sln', '-c', $Configuration) }
    'test' { Invoke-Step dotnet @('test', 'Portal.sln', '-c', $Configuration) }
    'run' { Invoke-Step dotnet @('run', '--project', 'src/Web') }
    'search-rebuild' { Invoke-Step dotnet @('run', '--project', 'src/Web', '--', 'search-rebuild') }
    'bench' {
        switch ($Name) {
            { -not $_ -or $_ -eq 'export' } { Invoke-Step dotnet @('run', '-c', 'Release', '--project', 'bench/Portal.Benchmarks') }
            'cases' {
                # The load runs against the Release build of the site itself, started by the benchmark.
                Invoke-Step dotnet @('build', 'src/Web', '-c', 'Release')
                $arguments = @('run', '-c', 'Release', '--project', 'bench/Portal.Benchmarks', '--', 'cases', '--provider', $Provider, '--cases', $Cases)
                if ($SkipSeed) { $arguments += '--skip-seed' }
                Invoke-Step dotnet $arguments
            }
            'comment-page' {
                # The case page with the largest allowed comment, on the Release build of the site (CASE-7).
                Invoke-Step dotnet @('build', 'src/Web', '-c', 'Release')
                Invoke-Step dotnet @('run', '-c', 'Release', '--project', 'bench/Portal.Benchmarks', '--', 'comment-page')
            }
            default { throw "Unknown benchmark '$Name': export (the default), cases or comment-page" }
        }
    }
    'reliability' {
        # NFR-2, NFR-4, MAIL-2: two Release nodes behind nginx on PostgreSQL (PORTAL_TEST_POSTGRES), faults injected.
        Invoke-Step dotnet @('build', 'src/Web', '-c', 'Release')
        Invoke-Step dotnet @('run', '-c', 'Release', '--project', 'bench/Portal.Benchmarks', '--', 'reliability', '--duration', $Duration)
    }
    'format' { Invoke-Step dotnet @('format', 'Portal.sln', '--verify-no-changes') }
    'migrations' {
        if (-not $Name) { throw 'Give the migration a name: build.ps1 migrations -Name AddThing' }
        Invoke-Step dotnet @('tool', 'restore')
        foreach ($model in @(
                @{ Context = 'SqlitePortalDbContext'; Folder = 'Sqlite' },
                @{ Context = 'SqlServerPortalDbContext'; Folder = 'SqlServer' },
                @{ Context = 'PostgresPortalDbContext'; Folder = 'PostgreSql' })) {
            Invoke-Step dotnet @('ef', 'migrations', 'add', $Name, '--project', 'src/Infrastructure', '--startup-project', 'src/Infrastructure',
                '--context', $model.Context, '--output-dir', "Persistence/Migrations/$($model.Folder)")
        }
    }
    'sqlserver-script' {
        # NFR-1: the idempotent SQL Server deployment script, regenerated after a migration and reviewed in the diff.
        Invoke-Step dotnet @('tool', 'restore')
        Invoke-Step dotnet @('ef', 'migrations', 'script', '--idempotent', '--project', 'src/Infrastructure', '--startup-project', 'src/Infrastructure',
            '--context', 'SqlServerPortalDbContext', '--output', 'deploy/sqlserver-migrations.sql')
    }
    'resources' {
        foreach ($table in Get-ChildItem -Recurse -Filter '*.tsv' -Path src) {
            $rows = Get-Content $table.FullName -Encoding utf8 | Where-Object { $_ -and -not $_.StartsWith('#') } | ForEach-Object { , ($_ -split "`t") }
            foreach ($language in @(@{ Suffix = ''; Column = 1 }, @{ Suffix = '.en'; Column = 2 })) {
                $xml = [System.Text.StringBuilder]::new()
                [void]$xml.AppendLine('<?xml version="1.0" encoding="utf-8"?>').AppendLine('<root>')
                [void]$xml.AppendLine('  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>')
                [void]$xml.AppendLine('  <resheader name="version"><value>2.0</value></resheader>')
                [void]$xml.AppendLine('  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>')
                [void]$xml.AppendLine('  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>')
                foreach ($row in $rows) {
                    $key = [System.Security.SecurityElement]::Escape($row[0])
                    $value = [System.Security.SecurityElement]::Escape($row[$language.Column])
                    [void]$xml.AppendLine("  <data name=`"$key`" xml:space=`"preserve`"><value>$value</value></data>")
                }
                [void]$xml.AppendLine('</root>')
                $outFile = Join-Path $table.DirectoryName ($table.BaseName + $language.Suffix + '.resx')
                [System.IO.File]::WriteAllText($outFile, $xml.ToString(), [System.Text.UTF8Encoding]::new($false))
            }
            Write-Host "Wrote $($table.BaseName).resx and $($table.BaseName).en.resx"
        }
    }
    'assets' {
        Push-Location src/Web
        try {
            Invoke-Step npm @('ci')
            $lib = 'wwwroot/lib'
            Remove-Item -Recurse -Force $lib -ErrorAction SilentlyContinue
            New-Item -ItemType Directory -Force "$lib/bootstrap", "$lib/bootstrap-icons", "$lib/zxcvbn", "$lib/quill", "$lib/chart.js" | Out-Null
            Copy-Item node_modules/bootstrap/dist/css/bootstrap.min.css*, node_modules/bootstrap/dist/js/bootstrap.bundle.min.js*, node_modules/bootstrap/LICENSE "$lib/bootstrap/"
            Copy-Item node_modules/bootstrap-icons/font/bootstrap-icons.min.css, node_modules/bootstrap-icons/LICENSE "$lib/bootstrap-icons/"
            Copy-Item -Recurse node_modules/bootstrap-icons/font/fonts "$lib/bootstrap-icons/"
            # AUTH-3: the password strength estimate of the browser's checklist (password-policy.js)
            Copy-Item node_modules/zxcvbn/dist/zxcvbn.js, node_modules/zxcvbn/LICENSE.txt "$lib/zxcvbn/"
            # CASE-7: the rich-text comment editor (comment-editor.js)
            Copy-Item node_modules/quill/dist/quill.js, node_modules/quill/dist/quill.snow.css, node_modules/quill/LICENSE "$lib/quill/"
            # UI-1: the home page's charts (home-chart.js); the bundle includes its colour helper @kurkle/color (MIT)
            Copy-Item node_modules/chart.js/dist/chart.umd.min.js*, node_modules/chart.js/LICENSE.md "$lib/chart.js/"
        }
        finally { Pop-Location }
    }
}
