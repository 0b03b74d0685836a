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
"%CHIPGATE_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr %CHIPGATE_CDS% %JAVA_OPTS% -jar "%CHIPGATE_JAR%" %*
exit /b %ERRORLEVEL%
