package zhengfa.corpus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of the product's packages, lowest first. A package may use its own layer and the
 * layers below it, never one above, and no two packages depend on each other in a cycle.
 *
 * <pre>
 *   cli                                     the commands
 *   release  report                         cutting and verifying a release; printing reports
 *   release.metadata  release.diff          what a release says about itself and its changes
 *   dataset  writer..                       the release's tables and files; one writer per format
 *   validation                              the pass over the corpus
 *   validation.rules                        one class per rule
 *   corpus                                  reading the corpus folder
 *   vocab  json  script                     schema/ and its vocabularies, strict JSON, scripts
 *   finding  table  model  text             the finding model, the table model, the data model, text positions
 * </pre>
 */
class ArchitectureTest {

    private static final String ROOT = "zhengfa.corpus";
    private static final List<List<String>> LAYERS = List.of(
            List.of("finding", "table", "model", "text"),
            List.of("vocab", "json", "script"),
            List.of("corpus"),
            List.of("draft"),
            List.of("validation.rules"),
            List.of("validation"),
            List.of("dataset", "writer", "writer.arrow", "writer.jsonl", "writer.parquet", "writer.partition"),
            List.of("release.metadata", "release.diff"),
            List.of("release", "report"),
            List.of("cli"));

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Every package its own slice, so that a subpackage and its parent cannot lean on each other either. */
    private static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(PRODUCT);
    }

    @Test
    void noPackageUsesALayerAboveIt() {
        for (int layer = 0; layer < LAYERS.size() - 1; layer++) {
            List<String> above = new ArrayList<>();
            for (List<String> higher : LAYERS.subList(layer + 1, LAYERS.size())) {
                higher.forEach(p -> above.add(ROOT + "." + p));
            }
            noClasses().that().resideInAnyPackage(LAYERS.get(layer).stream().map(p -> ROOT + "." + p).toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because("layer " + LAYERS.get(layer) + " is below " + above)
                    .check(PRODUCT);
        }
    }

    @Test
    void everyProductPackageHasALayer() {
        List<String> placed = LAYERS.stream().flatMap(List::stream).map(p -> ROOT + "." + p).toList();
        List<String> unplaced = PRODUCT.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> !placed.contains(p)).sorted().toList();
        assertTrue(unplaced.isEmpty(), "packages with no place in ArchitectureTest.LAYERS: " + unplaced);
    }

    /** The cycle rule is not vacuous: it fails on two test packages that use each other. */
    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages(ROOT + ".architecture.cycle");
        assertThrows(AssertionError.class, () -> NO_CYCLES.check(cycle));
    }
}
