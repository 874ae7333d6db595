package io.qike.crm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {
    private static final Path DOCS = Path.of("../docs/modules");
    private final ApplicationModules modules = ApplicationModules.of(QikeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * The module diagrams and canvases beside docs/ARCHITECTURE.md, rewritten on every run so they never go
     * stale. The Documenter writes a diagram's relations in no fixed order; they are sorted, so that a
     * diagram changes in the repository only when the modules do.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path puml : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(puml, relationsSorted(Files.readAllLines(puml)));
            }
        }
    }

    private static List<String> relationsSorted(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
