package io.chipgate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** bom/pom.xml manages exactly the three library artifacts, at the project's version, and nothing else. */
class BomTest {
    static Document xml(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    static String projectVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BomTest.class.getResourceAsStream("/io/chipgate/cli/build.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    @Test
    void managesTheThreeLibraryArtifactsAtTheProjectVersion() throws Exception {
        Document bom = xml(Path.of("../bom/pom.xml"));
        Element project = bom.getDocumentElement();
        assertEquals(0, project.getElementsByTagName("parent").getLength(), "no parent: importing it manages only chipgate");
        String version = projectVersion();
        assertEquals(version, ((Element) project.getElementsByTagName("version").item(0)).getTextContent());
        NodeList deps = project.getElementsByTagName("dependency");
        List<String> managed = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String g = d.getElementsByTagName("groupId").item(0).getTextContent();
            String a = d.getElementsByTagName("artifactId").item(0).getTextContent();
            assertEquals(version, d.getElementsByTagName("version").item(0).getTextContent(), a);
            managed.add(g + ":" + a);
        }
        assertEquals(List.of("io.chipgate:chipgate-core", "io.chipgate:chipgate-thresholds", "io.chipgate:chipgate-catalog"), managed);
        String root = Files.readString(Path.of("../pom.xml"));
        assertTrue(root.contains("<module>bom</module>"), "the build includes the BOM");
        assertTrue(Files.readString(Path.of("../README.md")).contains("<artifactId>chipgate-bom</artifactId>"), "the README shows the BOM");
    }
}
