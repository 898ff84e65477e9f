package org.thinkfamily.connectors.nhs;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Resource;

/**
 * Structural validation against base FHIR R4 with HAPI's validator (UK Core profiles cannot be fetched
 * here; NHS numbers are checked by the hub itself). Terminology is not checked: UK code systems are
 * not in the base packages. Built once per JVM, on first use: loading the definitions takes seconds.
 */
final class FhirValidation {

    private static final Pattern ENTRY = Pattern.compile("Bundle\\.entry\\[(\\d+)]");

    record Problem(Integer entry, String location, String message) {}

    private FhirValidation() {}

    private static final class Holder {
        static final FhirValidator VALIDATOR = create();

        private static FhirValidator create() {
            FhirContext fhir = FhirContext.forR4Cached();
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(fhir),
                    new InMemoryTerminologyServerValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir));
            FhirInstanceValidator module = new FhirInstanceValidator(chain);
            module.setAnyExtensionsAllowed(true);
            module.setErrorForUnknownProfiles(false);
            module.setNoTerminologyChecks(true);
            FhirValidator validator = fhir.newValidator();
            validator.registerValidatorModule(module);
            return validator;
        }
    }

    /** The errors (not warnings) in a resource, each with the Bundle entry it is in, when it is in one. */
    static List<Problem> errors(Resource resource) {
        return Holder.VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::problem)
                .toList();
    }

    private static Problem problem(SingleValidationMessage message) {
        String location = message.getLocationString() == null ? "" : message.getLocationString();
        Matcher entry = ENTRY.matcher(location);
        return new Problem(
                entry.find() ? Integer.valueOf(entry.group(1)) : null,
                location,
                FhirAnswers.safe(message.getMessage()));
    }
}
