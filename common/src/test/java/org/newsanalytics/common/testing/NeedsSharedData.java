package org.newsanalytics.common.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that reads {@code ../shared/data} (corpora and gold data kept
 * beside the project, not in its repository): skipped when the folder is absent, a failure
 * under {@code CI=true}. See {@link SharedData}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedData.class)
public @interface NeedsSharedData {}
