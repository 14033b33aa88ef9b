@echo off
rem gksite for Windows: needs Java 17 or newer on PATH. The console is switched to UTF-8: gksite writes UTF-8.
chcp 65001 >nul
java -Dfile.encoding=UTF-8 -jar "%~dp0..\lib\gksite.jar" %*
