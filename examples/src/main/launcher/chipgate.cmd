@echo off
rem chipgate launcher (Windows), written by the build next to chipgate.jar.
rem Runs the jar beside this script with the java of JAVA_HOME, else the java on the PATH; JAVA_OPTS adds JVM options.
rem Uses the class-data sharing archive chipgate.jsa when present (a JVM that cannot use it ignores it).
setlocal
set "CHIPGATE_JAR=%~dp0chipgate.jar"
if exist "%CHIPGATE_JAR%" goto found
echo chipgate: %CHIPGATE_JAR% is missing: build it with "mvn -B -ntp -DskipTests package" 1>&2
exit /b 4
:found
set "CHIPGATE_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "CHIPGATE_JAVA=%JAVA_HOME%\bin\java.exe"
set "CHIPGATE_CDS="
if exist "%~dp0chipgate.jsa" set "CHIPGATE_CDS=-XX:SharedArchiveFile="%~dp0chipgate.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
rem Short runs: the client compiler and the serial collector. An order book (screen as the first argument): the
rem parallel collector, and when the book (the second argument) is 25 MB or more, both compilers with thresholds
rem raised tenfold (as the POSIX launcher, which also finds the command and the book past other options).
set "CHIPGATE_VM=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if not "%~1"=="screen" goto chosen
set "CHIPGATE_VM=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
set "CHIPGATE_SIZE="
for %%f in ("%~2") do set "CHIPGATE_SIZE=%%~zf"
if not defined CHIPGATE_SIZE goto chosen
if %CHIPGATE_SIZE% GEQ 25000000 set "CHIPGATE_VM=-XX:+UseParallelGC -XX:CompileThresholdScaling=10"
:chosen
"%CHIPGATE_JAVA%" %CHIPGATE_VM% -Xlog:disable -Xlog:all=warning:stderr %CHIPGATE_CDS% %JAVA_OPTS% -jar "%CHIPGATE_JAR%" %*
exit /b %ERRORLEVEL%
