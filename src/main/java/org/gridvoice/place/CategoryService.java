package org.gridvoice.place;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gridvoice.place.domain.Category;
import org.gridvoice.place.domain.CategoryRepository;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories of issues (环境卫生, 市政设施 …). Anyone may read them; administrators change and retire them. */
@Service
@Transactional(readOnly = true)
public class CategoryService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");
    private static final int CODE_LENGTH = 40;

    private final CategoryRepository categories;
    private final InputValidator validator;

    CategoryService(CategoryRepository categories, InputValidator validator) {
        this.categories = categories;
        this.validator = validator;
    }

    public Page<CategorySummary> categories(Pageable pageable) {
        return categories.findAll(pageable).map(CategoryService::summary);
    }

    /** These categories, retired or not (names of what was filed under them stay readable). */
    public List<CategorySummary> categoriesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : categories.findAllById(ids).stream().map(CategoryService::summary).toList();
    }

    public List<CategorySummary> activeCategories() {
        return categories.findByRetiredFalseOrderBySortOrderAscIdAsc().stream().map(CategoryService::summary).toList();
    }

    /**
     * Adds ({@code id} null) or changes a category. A code that is not lower-case letters, digits
     * and hyphens is refused as typed (never trimmed of characters), with the code to use instead:
     * {@link InvalidInput} on "code" with key {@code place.error.code-format} and the suggestion,
     * or {@code place.error.code-format-latin} when nothing usable can be derived (Chinese only).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CategorySummary save(Long id, CategoryForm form) {
        String typed = form.code() == null ? "" : form.code().strip();
        if (!typed.isEmpty() && !CODE.matcher(typed).matches()) {
            String suggestion = suggestedCode(typed);
            throw suggestion.isEmpty() ? InvalidInput.of("code", "place.error.code-format-latin")
                    : InvalidInput.of("code", "place.error.code-format", suggestion);
        }
        validator.check(form);
        String code = form.code().strip();
        if (categories.existsByCodeAndIdNot(code, id == null ? -1L : id)) {
            throw InvalidInput.of("code", "place.error.duplicate-code");
        }
        Category category = id == null ? new Category(code, form.nameZh().strip(), form.nameEn().strip(), form.sortOrder())
                : categories.findById(id).orElseThrow(PlaceService::notFound);
        category.change(code, form.nameZh().strip(), form.nameEn().strip(), form.sortOrder());
        return summary(categories.save(category));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRetired(Long id, boolean retired) {
        categories.findById(id).orElseThrow(PlaceService::notFound).setRetired(retired);
    }

    /** The code a text stands for: lower case, words joined by hyphens, other characters left out; empty if none remain. */
    public static String suggestedCode(String text) {
        String code = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return code.length() <= CODE_LENGTH ? code : code.substring(0, CODE_LENGTH).replaceAll("-+$", "");
    }

    private static CategorySummary summary(Category c) {
        return new CategorySummary(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(), c.getSortOrder(), c.isRetired());
    }
}
