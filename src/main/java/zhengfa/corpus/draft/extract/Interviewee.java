package zhengfa.corpus.draft.extract;

/**
 * A person interviewed, as the text names them.
 *
 * @param role the role printed before the name in the headline or lead, or null
 */
public record Interviewee(String name, String role) {

    @Override
    public String toString() {
        return role == null ? name : name + ", " + role;
    }
}
