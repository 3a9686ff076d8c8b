package zhengfa.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that takes a second or more in process (it drives whole commands, cuts releases, loads
 * the drafting models or imports every class). Such classes run in {@code mvn verify}, in the
 * integration-test phase, and not in the unit phase of {@code mvn package}: a curator runs that
 * for every release, and its time is the one docs/performance.md holds to a minute.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
