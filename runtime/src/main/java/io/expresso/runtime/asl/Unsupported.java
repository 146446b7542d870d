package io.expresso.runtime.asl;

/** The texts for what AWS accepts but Expresso cannot deploy yet: JSONata and workflow variables. */
final class Unsupported {

    private Unsupported() {
    }

    static String jsonata() {
        return "QueryLanguage 'JSONata' is not supported yet: Expresso deploys JSONPath states only";
    }

    static String jsonataField(String field) {
        return "The QueryLanguage is set to 'JSONPath', but field '" + field
                + "' is only supported for the 'JSONata' QueryLanguage";
    }

    static String assign() {
        return "Workflow variables are not supported yet: the field 'Assign' cannot be deployed";
    }

    static String variablePath(String path) {
        return "Workflow variables are not supported yet: the path '" + path + "' reads a variable";
    }
}
