package org.gridvoice.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gridvoice.account.RegistrationForm;
import org.junit.jupiter.api.Test;

/** What a form is told about each refused field: the key and the number the message names. */
class InputValidatorTest {

    private final InputValidator validator = new InputValidator(Validation.buildDefaultValidatorFactory().getValidator());

    record Counted(@NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
                   @Max(value = 365, message = "validation.max") Integer days) {
    }

    record Bounded(@NotBlank(message = "validation.required") @Size(min = 3, max = 10, message = "validation.size") String code) {
    }

    private List<FieldProblem> problems(Object form) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> validator.check(form));
        assertThat(thrown).as("refused").isNotNull();
        return thrown.problems();
    }

    private static List<FieldProblem> of(List<FieldProblem> problems, String field) {
        return problems.stream().filter(p -> field.equals(p.field())).toList();
    }

    @Test
    void an_empty_password_is_told_first_that_it_is_required() {
        List<FieldProblem> password = of(problems(new RegistrationForm("a@example.cn", "王", "", "zh-CN")), "password");
        assertThat(password.getFirst().messageKey()).isEqualTo("validation.required");
        assertThat(password).noneMatch(p -> List.of(p.args()).contains(Integer.MAX_VALUE));
    }

    @Test
    void a_short_password_is_told_the_minimum_of_eight_not_the_maximum_of_the_annotation() {
        List<FieldProblem> password = of(problems(new RegistrationForm("a@example.cn", "王", "short", "zh-CN")), "password");
        assertThat(password).hasSize(1);
        assertThat(password.getFirst().messageKey()).isEqualTo("validation.password-short");
        assertThat(password.getFirst().args()).containsExactly(8);
    }

    @Test
    void a_too_long_password_is_told_the_maximum() {
        List<FieldProblem> password = of(problems(new RegistrationForm("a@example.cn", "王", "x".repeat(200), "zh-CN")), "password");
        assertThat(password).singleElement().satisfies(p -> assertThat(p.args()).containsExactly(128));
    }

    @Test
    void numbers_out_of_range_are_told_the_bound_they_broke() {
        assertThat(of(problems(new Counted(0)), "days")).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("validation.min");
            assertThat(p.args()).containsExactly(1L);
        });
        assertThat(of(problems(new Counted(400)), "days")).singleElement().satisfies(p -> assertThat(p.args()).containsExactly(365L));
        assertThat(of(problems(new Counted(null)), "days").getFirst().messageKey()).isEqualTo("validation.required");
    }

    @Test
    void a_size_with_both_bounds_names_the_one_that_was_broken() {
        assertThat(of(problems(new Bounded("ab")), "code")).singleElement().satisfies(p -> assertThat(p.args()).containsExactly(3));
        assertThat(of(problems(new Bounded("abcdefghijkl")), "code")).singleElement().satisfies(p -> assertThat(p.args()).containsExactly(10));
        assertThat(of(problems(new Bounded("")), "code").getFirst().messageKey()).isEqualTo("validation.required");
    }

    @Test
    void valid_input_passes() {
        validator.check(new RegistrationForm("a@example.cn", "王", "long-enough-1", "zh-CN"));
        assertThatThrownBy(() -> validator.check(new Counted(0))).isInstanceOf(InvalidInput.class);
    }
}
