package zhengfa.corpus.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static zhengfa.corpus.table.Column.optional;
import static zhengfa.corpus.table.Column.required;
import static zhengfa.corpus.table.ColumnType.INT32;
import static zhengfa.corpus.table.ColumnType.STRING;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private record Person(String name, String nickname, int age) {}

    private record Membership(String club, Person person) {}

    private static final Columns<Person> PEOPLE = Columns.<Person>builder()
            .add(required("name", STRING, "The name."), Person::name)
            .add(optional("nickname", STRING, "The nickname, if any."), Person::nickname)
            .add(required("age", INT32, "Age in years."), Person::age)
            .build();

    @Test
    void eachValueComesFromItsOwnColumnsGetter() {
        Row row = PEOPLE.row(new Person("Wang Fang", null, 41));
        assertEquals(
                List.of("name", "nickname", "age"),
                PEOPLE.columns().stream().map(Column::name).toList());
        assertEquals("Wang Fang", row.get(0));
        assertEquals(null, row.get(1));
        assertEquals(41, row.get(2));
    }

    @Test
    void columnsOfAPartReadThatPart() {
        Columns<Membership> members = Columns.<Membership>builder()
                .add(required("club", STRING, "The club."), Membership::club)
                .addAll(PEOPLE, Membership::person)
                .build();
        Row row = members.row(new Membership("chess", new Person("Li Lei", "Lei", 30)));
        assertEquals(List.of("chess", "Li Lei", "Lei", 30), List.of(row.get(0), row.get(1), row.get(2), row.get(3)));
    }

    @Test
    void aGetterOfTheWrongTypeIsCaughtWhenTheRowIsMade() {
        Columns<Person> wrong = Columns.<Person>builder()
                .add(required("age", INT32, "Age in years."), Person::name)
                .build();
        assertThrows(IllegalArgumentException.class, () -> wrong.row(new Person("Wang Fang", null, 41)));
    }
}
