@echo off
rem Runs the bellwether command on Windows, as ./bellwether does elsewhere: finds a JDK 21 or newer (JAVA_HOME,
rem else the java on PATH), builds the project with the Maven wrapper when the jar is missing, then runs it.
setlocal EnableExtensions EnableDelayedExpansion
set "BELLWETHER_HOME=%~dp0"
if "%BELLWETHER_HOME:~-1%"=="\" set "BELLWETHER_HOME=%BELLWETHER_HOME:~0,-1%"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava

rem The specification version of that Java, e.g. 21 (1.8 for Java 8).
set "SPEC="
rem "call" first, so that cmd keeps the quotes of a path with spaces or parentheses
for /f "tokens=2 delims==" %%V in ('call "%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:java.specification.version') do set "SPEC=%%V"
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%M in ("%SPEC%") do set "MAJOR=%%M"
if "%MAJOR%"=="1" goto oldjava
if not defined MAJOR goto nojava
if %MAJOR% LSS 21 goto oldjava

for %%J in ("%JAVA_EXE%") do set "JAVA_BIN=%%~dpJ"
for %%H in ("%JAVA_BIN:~0,-1%\..") do set "JAVA_HOME=%%~fH"

set "JAR=%BELLWETHER_HOME%\cli\target\bellwether.jar"
if not exist "%JAR%" (
  echo bellwether: building on first use with %JAVA_HOME% ... 1>&2
  pushd "%BELLWETHER_HOME%"
  call mvnw.cmd -q -B -DskipTests -pl cli -am package 1>&2
  set "BUILD=!ERRORLEVEL!"
  popd
  if not "!BUILD!"=="0" exit /b !BUILD!
)
rem The same JVM options as ./bellwether (scripts/jvm-options.sh): one collector thread with no start-up cost, no
rem performance-data file, and the JVM's own warnings on stderr, never in an output written to stdout.
"%JAVA_EXE%" -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:oldjava
echo bellwether: %JAVA_EXE% is Java %SPEC%; Bellwether needs a JDK 21 or newer. 1>&2
goto install
:nojava
echo bellwether: no Java found (looked at JAVA_HOME and the java on PATH). 1>&2
:install
echo Install a JDK 21+ (for example Temurin 21 from https://adoptium.net: winget install EclipseAdoptium.Temurin.21.JDK) 1>&2
echo and set JAVA_HOME to it, then run again: bellwether.cmd demo 1>&2
exit /b 1
