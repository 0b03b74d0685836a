package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20 §1: a list refreshed from trade.gov's files exactly as downloaded carries the licence answer: the fixtures
 * in trade.gov's consolidated.json and consolidated.csv layouts (thresholds test resources) given to {@code license
 * --parties}.
 */
class RefreshedListLicenceTest {
    static final Path FIXTURES = Path.of("../thresholds/src/test/resources/io/chipgate/parties");

    @ParameterizedTest
    @ValueSource(strings = {"consolidated-sample.json", "consolidated-sample.csv"})
    void anEntityListHitFromADownloadedFileIsTheLicenceAnswer(String file) {
        // an L4 to Singapore needs no licence on the item's grounds (README); the listing alone makes it YES
        ChipgateCliTest.Run r = run("license", "L4", "--to", "SG", "--hq", "SG", "--end-user", "Moore Threads",
            "--parties", FIXTURES.resolve(file).toString(), "--on", "2026-08-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Licence required: YES \u2014 Entity List (88 FR 71992): presumption of denial"), r.out());
        assertTrue(r.out().contains("Moore Thread Intelligent Technology (Beijing) Co., Ltd."), r.out());
    }
}
