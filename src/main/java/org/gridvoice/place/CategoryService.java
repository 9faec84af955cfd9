package org.gridvoice.place;

import java.util.List;
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

    private final CategoryRepository categories;
    private final InputValidator validator;

    CategoryService(CategoryRepository categories, InputValidator validator) {
        this.categories = categories;
        this.validator = validator;
    }

    public Page<CategorySummary> categories(Pageable pageable) {
        return categories.findAll(pageable).map(CategoryService::summary);
    }

    public List<CategorySummary> activeCategories() {
        return categories.findByRetiredFalseOrderBySortOrderAscIdAsc().stream().map(CategoryService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CategorySummary save(Long id, CategoryForm form) {
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

    private static CategorySummary summary(Category c) {
        return new CategorySummary(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(), c.getSortOrder(), c.isRetired());
    }
}
