package nl.participationsuite.web.api;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.web.PagedModel;

/**
 * How every list of the API pages: {@code page} counts from 0, {@code size} is 20 unless asked and
 * at most 100 (anything else is a 400 problem), and the answer is one envelope,
 * {@code {"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}}. The
 * database pages and filters; a controller only turns the rows of one page into views.
 */
public final class ApiPages {

    /** The default page size, as the {@code defaultValue} of a {@code size} request parameter. */
    public static final String DEFAULT_SIZE = "20";

    /** The largest page size a caller may ask for. */
    public static final int MAX_SIZE = 100;

    private ApiPages() {
    }

    /** The envelope of one page whose rows the database found, shown as {@code views} (in the same order). */
    public static <T> PagedModel<T> of(Page<?> found, List<T> views) {
        return new PagedModel<>(new PageImpl<>(views, found.getPageable(), found.getTotalElements()));
    }
}
