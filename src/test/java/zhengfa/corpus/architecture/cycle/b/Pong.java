package zhengfa.corpus.architecture.cycle.b;

import zhengfa.corpus.architecture.cycle.a.Ping;

/** The other half of the deliberate package cycle. */
public final class Pong {
    public Ping answer() {
        return new Ping();
    }
}
