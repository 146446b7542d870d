package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report writers' command line: two files, --quick, and the extra files a report accepts. */
final class ReportArgumentsTest {

    @Test
    void shouldReadTheTwoFilesAndTheOptionsInAnyOrder() {
        ReportArguments arguments = ReportArguments.parse(
            new String[] {"--parked", "p.json", "r.json", "--quick", "out.md"}, Set.of("parked"));

        assertEquals(Path.of("r.json"), arguments.results());
        assertEquals(Path.of("out.md"), arguments.report());
        assertTrue(arguments.quick());
        assertEquals(Path.of("p.json"), arguments.files().get("parked"));
    }

    @Test
    void shouldLeaveQuickOffAndFilesEmptyWhenNotGiven() {
        ReportArguments arguments = ReportArguments.parse(new String[] {"r.json", "out.md"}, Set.of("parked"));

        assertFalse(arguments.quick());
        assertTrue(arguments.files().isEmpty());
    }

    @Test
    void shouldRefuseAnOptionTheReportDoesNotAccept() {
        assertThrows(IllegalArgumentException.class,
            () -> ReportArguments.parse(new String[] {"r.json", "out.md", "--parked", "p.json"}, Set.of()));
    }

    @Test
    void shouldRefuseAMissingReportFileOrAnExtraArgument() {
        assertThrows(IllegalArgumentException.class, () -> ReportArguments.parse(new String[] {"r.json"}, Set.of()));
        assertThrows(IllegalArgumentException.class,
            () -> ReportArguments.parse(new String[] {"a", "b", "c"}, Set.of()));
        assertThrows(IllegalArgumentException.class,
            () -> ReportArguments.parse(new String[] {"a", "b", "--parked"}, Set.of("parked")));
    }
}
