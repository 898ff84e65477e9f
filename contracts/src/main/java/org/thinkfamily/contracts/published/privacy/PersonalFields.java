package org.thinkfamily.contracts.published.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks fields of an event that hold personal data but are not {@link PersonalData} values themselves
 * (an identifier's value): stored sealed under the key of the person the {@link #subject()} field names.
 * Once that key is destroyed a single value reads back as null and a list as empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalFields {

    /** The field holding the id of the person the values are about. */
    String subject();

    /** The fields sealed under that person's key. */
    String[] fields();
}
