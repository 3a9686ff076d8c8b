package zhengfa.corpus.architecture.cycle.a;

import zhengfa.corpus.architecture.cycle.b.Pong;

/** Half of a deliberate package cycle: ArchitectureTest proves its rules catch one. */
public final class Ping {
    public Pong answer() {
        return new Pong();
    }
}
