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
import zhengfa.corpus.Slow;

/**
 * The layering of the product's packages, lowest first. A package may use its own layer and the
 * layers below it, never one above, and no two packages depend on each other in a cycle.
 *
 * <pre>
 *   cli  spark                              the commands; the Spark job (its own jar)
 *   release  report                         cutting and verifying a release; printing reports
 *   release.metadata  release.diff          what a release says about itself and its changes
 *   curation                                adding pages to the corpus: drafted, checked, written
 *   dataset  writer..                       the release's tables and files; one writer per format
 *   validation                              the pass over the corpus
 *   validation.rules                        one class per rule
 *   draft  draft.spans  draft.extract       drafting a page: the composition, silver spans, one extractor per field
 *   draft.layout  draft.forms               line shapes and furniture; the printed forms (dates, credits, sources)
 *   draft.page  draft.candidate  draft.places   lines, scored candidates and decisions, the gazetteer
 *   corpus                                  reading the corpus folder
 *   vocab  json  script                     schema/ and its vocabularies, strict JSON, scripts
 *   finding  table  model  text             the finding model, the table model, the data model, text positions
 * </pre>
 */
@Slow
class ArchitectureTest {

    private static final String ROOT = "zhengfa.corpus";
    private static final List<List<String>> LAYERS = List.of(
            List.of("finding", "table", "model", "text"),
            List.of("vocab", "json", "script"),
            List.of("corpus"),
            List.of("draft.page", "draft.candidate", "draft.places"),
            List.of("draft.forms"),
            List.of("draft.layout"),
            List.of("draft.extract"),
            List.of("draft.spans"),
            List.of("draft"),
            List.of("validation.rules"),
            List.of("validation"),
            List.of("dataset", "writer", "writer.arrow", "writer.jsonl", "writer.parquet", "writer.partition"),
            List.of("curation"),
            List.of("release.metadata", "release.diff"),
            List.of("release", "report"),
            List.of("cli", "spark"));

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Every package its own slice, so that a subpackage and its parent cannot lean on each other either. */
    private static final ArchRule NO_CYCLES =
            slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

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
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            LAYERS.get(layer).stream().map(p -> ROOT + "." + p).toArray(String[]::new))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above.toArray(String[]::new))
                    .because("layer " + LAYERS.get(layer) + " is below " + above)
                    .check(PRODUCT);
        }
    }

    @Test
    void everyProductPackageHasALayer() {
        List<String> placed =
                LAYERS.stream().flatMap(List::stream).map(p -> ROOT + "." + p).toList();
        List<String> unplaced = PRODUCT.stream()
                .map(c -> c.getPackageName())
                .distinct()
                .filter(p -> !placed.contains(p))
                .sorted()
                .toList();
        assertTrue(unplaced.isEmpty(), "packages with no place in ArchitectureTest.LAYERS: " + unplaced);
    }

    /**
     * Spark is provided by spark-submit and is on no class path of the command line: only the
     * Spark job may use it, and nothing else may use the Spark job.
     */
    @Test
    void onlyTheSparkJobUsesSpark() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "scala..", ROOT + ".spark..")
                .because("the CLI jar and its runtime class path stay free of Spark")
                .check(PRODUCT);
    }

    /** The cycle rule is not vacuous: it fails on two test packages that use each other. */
    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages(ROOT + ".architecture.cycle");
        assertThrows(AssertionError.class, () -> NO_CYCLES.check(cycle));
    }
}
