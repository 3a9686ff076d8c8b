package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prerequisites of mvn verify, checked against a PATH of stand-in commands the test writes. */
class PrerequisitesTest {

    @TempDir
    Path bin;

    private void command(String name, String script) throws Exception {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aMachineWithEverythingPasses() throws Exception {
        command("python3", "exit 0");
        command("chromium", "exit 0");
        command("strace", "exit 0");
        command("fc-list", "echo '/usr/share/fonts/wqy-zenhei.ttc: WenQuanYi Zen Hei'");
        assertEquals(List.of(), new Prerequisites(Map.of("PATH", bin.toString())).missing());
    }

    @Test
    void everythingMissingIsNamedInOneMessageWithTheInstallLine() throws Exception {
        List<Prerequisites.Missing> missing = new Prerequisites(Map.of("PATH", bin.toString())).missing();
        assertEquals(
                List.of("python3", "chromium", "strace", "fonts-wqy-zenhei"),
                missing.stream().map(Prerequisites.Missing::debianPackage).toList());
        String message = Prerequisites.message(missing);
        assertTrue(message.startsWith("mvn verify needs what this machine lacks: python3 (3.11 or later)"), message);
        assertTrue(message.contains("sudo apt-get install python3 chromium strace fonts-wqy-zenhei"), message);
    }

    @Test
    void anOldPythonAndABrowserNamedWronglyAreReported() throws Exception {
        command("python3", "exit 1");
        command("strace", "exit 0");
        command("fc-list", "echo font");
        List<Prerequisites.Missing> missing = new Prerequisites(Map.of(
                        "PATH",
                        bin.toString(),
                        "ZHENGFA_CHROMIUM",
                        bin.resolve("no-such-browser").toString()))
                .missing();
        assertEquals(
                List.of("python3-venv", "chromium"),
                missing.stream().map(Prerequisites.Missing::debianPackage).toList());
        assertTrue(missing.get(1).what().startsWith("ZHENGFA_CHROMIUM names "), missing.toString());
    }
}
