// GENERATED FILE, do not edit. Written by `npm run api:types` (apps/web/scripts/generate-api-types.ts)
// from the server's OpenAPI document: Zod schemas → @hono/zod-openapi → openapi-typescript.
// `npm run check` writes it again first, so the web app is type-checked against the server as it is.
// Import the names from ./types.ts, not from here.

export interface paths {
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personalkonton: roll, enheter, aktivt, senaste inloggning */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Skapa ett konto; personen väljer sitt lösenord via en engångslänk */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountCreateBody"];
                };
            };
            responses: {
                /** @description Skapat, med engångslänken (visas en gång) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountCreated"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra namn, roll eller enheter */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    staffId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/accounts/{staffId}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Inaktivera (avslutar kontots sessioner direkt) eller återaktivera ett konto */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    staffId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountActiveBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{staffId}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Återställ lösenordet: en ny engångslänk (72 timmar) att lämna till personen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    staffId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Skapad (visas en gång) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kommunens inställningar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalitySettings"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Spara kommunens namn och inställningar */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MunicipalitySettingsBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalitySettings"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enheterna med åldersintervall för inskrivningen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUnitList"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lägg till en enhet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnitCreateBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUnit"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Byt namn på en enhet eller ändra dess åldersintervall */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnitPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUnit"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logga in med lokalt konto */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBody"];
                };
            };
            responses: {
                /** @description Inloggad */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För många försök */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logga ut */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Utloggad */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Den inloggade användaren */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Inloggad */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Byt lösenord */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChangeBody"];
                };
            };
            responses: {
                /** @description Lösenordet är bytt */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caseload/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mina enheter med åldersintervall och coacher */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseloadUnitsResponse"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrera samtycke (deltagare × arbetsgivare × behov, valda uppgifter) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConsentBody"];
                };
            };
            responses: {
                /** @description Registrerat */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consent"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Återkalla ett samtycke (gäller direkt, även i skickade länkar) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consent"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-agreements/{agreementId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hämta den undertecknade kopian */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Filen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Ladda upp den undertecknade kopian (PDF, bild, Word; högst 10 MB; ersätter en tidigare)
         * @description Filen skickas som den är i kroppen; filnamnet URL-kodat i X-File-Name. Typen avgörs av innehållet.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementFile"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För stor begäran */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Filtypen stöds inte */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-contact-log/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Min vecka: mina nästa steg med arbetsgivare (försenade och kommande sju dagar) */
        get: {
            parameters: {
                query?: {
                    range?: "week" | "overdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactFollowUps"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-contact-log/{contactLogId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Markera nästa steg som gjort, flytta eller ändra det */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactLogId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactLogPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactLogEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/employer-contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ändra en kontaktperson */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactPersonBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPerson"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-liaisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Företagskontakter och chefer som kan ansvara för en arbetsgivare */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiaisonList"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Arbetsgivarregistret med sök och filter */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    liaisonId?: string;
                    municipality?: string;
                    sniCode?: string;
                    hasOpenNeeds?: "true" | "false";
                    noContactDays?: number;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployerList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lägg till arbetsgivare */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmployerCreateBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Employer"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Arbetsgivarens sida: arbetsplatser, kontaktpersoner, avtal, kontakter och tidslinje */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployerDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra arbetsgivare */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmployerPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Employer"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/employers/{employerId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lägg till samarbetsavtal eller avsiktsförklaring */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/contact-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logga en kontakt (besök, samtal, e-post, möte) med nästa steg */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactLogBody"];
                };
            };
            responses: {
                /** @description Sparad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactLogEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lägg till en kontaktperson */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactPersonBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPerson"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{employerId}/workplaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lägg till en arbetsplats */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    employerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkplaceBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workplace"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rätta uppgifter från inskrivningen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnrolmentPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/coach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tilldela eller byt coach (historiken sparas) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CoachAssignmentBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Avsluta inskrivningen (Koladas kategorier; arbete följs upp efter en månad) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExitBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/exit/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rätta ett registrerat avslut med skäl (handläggare inom inställt antal dagar, enhetschef alltid); Koladas kategori följer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExitCorrectionBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uppföljningar under inskrivningen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUpList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Planera en uppföljning */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FollowUpCreateBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUp"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Insatser under inskrivningen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterventionList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lägg till en insats */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InterventionCreateBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Intervention"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journalanteckningar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JournalList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Skriv en journalanteckning */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JournalCreateBody"];
                };
            };
            responses: {
                /** @description Sparad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JournalEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gällande handlingsplan och versionshistorik */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Spara planen som en ny version (expectedVersion = versionen du utgick från, 0 för ny) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanPutBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersion"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/plan/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En tidigare version av planen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersion"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/plan/versions/{n}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Planens version n är avstämd med deltagaren (varje ny version börjar som inte avstämd) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanAgreementBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersion"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/follow-ups/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Min vecka / försenade uppföljningar */
        get: {
            parameters: {
                query?: {
                    range?: "week" | "overdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RemindersResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/follow-ups/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Flytta eller markera uppföljning som gjord (med resultat) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FollowUpPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUp"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/follow-ups/{followUpId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ställ in en uppföljning med skäl (den finns kvar i akten men är inte längre aktuell) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FollowUpCancelBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUp"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hälsokontroll */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Servern och databasen svarar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Databasen svarar inte */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{interventionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra en insats */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    interventionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InterventionPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Intervention"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/journal/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra en egen anteckning med skäl (originalet sparas i rättelsehistoriken) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JournalAmendBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JournalEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/matching/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Förslag över alla öppna behov: exakt fördelning (och den giriga nivån bredvid) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AllocationQuery"];
                };
            };
            responses: {
                /** @description Fördelningen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allocation"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matching/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kandidater för ett rekryteringsbehov, med förklaring
         * @description Coach och enhetschef ser namn; företagskontakt ser pseudonymer. Administratörer har ingen åtkomst.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CandidatesQuery"];
                };
            };
            responses: {
                /** @description Rangordnade kandidater */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Candidates"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matching/participants/{participantId}/alternatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alternativa yrken för en deltagare (utbytbarhet och kompetensöverlapp) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alternativa yrken */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            participantId: string;
                            alternatives: {
                                occupationId: string;
                                label: string;
                                score: number;
                                substitutability: number;
                                sameGroup: boolean;
                                skillCoverage: number;
                                missingSkills: {
                                    skillId: string;
                                    label: string;
                                    closedBy?: {
                                        trainingId: string;
                                        weeks: number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matching/participants/{participantId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rangordna rekryteringsbehov för en deltagare */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedsForParticipantQuery"];
                };
            };
            responses: {
                /** @description Rangordnade behov */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            participantId: string;
                            needs: components["schemas"]["NeedMatch"][];
                        };
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mina notiser */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Markera mina notiser som lästa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skriv in en deltagare (ny person eller ny period för en känd person)
         * @description Med `handOver: true` lämnas inskrivningen över till den enhet åldersregeln anger (som remiss, utan coach); svaret är då 202 utan akt.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IntakeBody"];
                };
            };
            responses: {
                /** @description Inskriven */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Överlämnad till en annan enhet */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntakeHandOverResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mina deltagare / enhetens deltagare med snabbfilter och antal per filter */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "unit";
                    filter?: "all" | "unassigned" | "new" | "follow_up_overdue" | "no_active_intervention" | "exit_needs_verification" | "meetings_today";
                    unitId?: string;
                    coachId?: string;
                    sort?: "name" | "enrolled" | "next_follow_up" | "coach";
                    order?: "asc" | "desc";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseloadResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/intake-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kontrollera personnummer före inskrivning (giltigt, enhet efter ålder, känd person) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IntakeCheckBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntakeCheckResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sök deltagare på namn eller personnummer (i brödtexten, aldrig i adressen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ParticipantSearchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantSearchResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deltagarens akt (läsningen loggas) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra namn och kontaktuppgifter */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ParticipantPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/participants/{participantId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deltagarens samtycken */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Consent"][];
                        };
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rättelser i akten: vad som ändrades (från → till), varför och av vem */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CorrectionList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/identity-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rätta namn eller personnummer (enhetschef, med skäl) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IdentityCorrectionBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{participantId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Spara profilen för matchning (version = profileVersion) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfilePutBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Spara en del av profilen (bara fälten som skickas; version = profileVersion) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfilePatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/participants/{participantId}/protected-identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Markera skyddade personuppgifter (presenteras aldrig för arbetsgivare genom systemet) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProtectedIdentityBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrera en anställning (genom ett behov, eller gjord utanför systemet) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlacementBody"];
                };
            };
            responses: {
                /** @description Registrerad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Placement"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/presentations/{presentationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dra tillbaka en presentationslänk */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    presentationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: boolean;
                        };
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Arbetsgivarens vy av presenterade kandidater (bara samtyckta uppgifter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployerLinkView"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/links/{token}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Arbetsgivarens svar för en kandidat: intervju, anställd eller inte aktuell */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmployerAnswerBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployerLinkView"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kommuner (kod, namn, län) för arbetsgivarnas formulär */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kommunerna i bokstavsordning */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicMunicipalities"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Engångslänkens konto (användarnamn och namn), om länken går att använda */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordLinkTokenBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLinkInfo"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/password-link/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Välj lösenord med en engångslänk (avslutar kontots alla sessioner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordLinkUseBody"];
                };
            };
            responses: {
                /** @description Lösenordet är valt */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/recruitment-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka in ett rekryteringsbehov (blir "inkommet" för en företagskontakt att granska) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicNeedBody"];
                };
            };
            responses: {
                /** @description Mottaget */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicNeedResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För stor begäran */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För många försök */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/recruitment-needs/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Förslag på yrke, kompetenser och körkort/certifikat ur arbetsgivarens egen text */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedSuggestionsBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NeedSuggestions"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För stor begäran */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description För många försök */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruitment-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rekryteringsbehov med filter och antal per status */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "open" | "presented" | "filled" | "closed";
                    employerId?: string;
                    liaisonId?: string;
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruitmentNeedList"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lägg in ett rekryteringsbehov (öppet när yrket är valt, annars inkommet) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecruitmentNeedCreateBody"];
                };
            };
            responses: {
                /** @description Skapat */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruitmentNeed"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruitment-needs/check-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kontrollera rubrik och beskrivning mot diskrimineringsgrunderna (sparar inget) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NeedCheckTextBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NeedCheckTextResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruitment-needs/{needId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett rekryteringsbehov med varningar och historik */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruitmentNeedDetail"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ändra ett rekryteringsbehov */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecruitmentNeedPatchBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruitmentNeed"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/recruitment-needs/{needId}/presentations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Presentera kandidater med samtycke för arbetsgivaren (en länk som löper ut) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PresentationBody"];
                };
            };
            responses: {
                /** @description Skapad */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PresentationCreated"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruitment-needs/{needId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kandidatlistan för ett behov (namn bara för deltagarens coach och chef, eller efter samtycke) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shortlist"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Lägg en deltagare på kandidatlistan (deltagarens coach får veta) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortlistAddBody"];
                };
            };
            responses: {
                /** @description Tillagd */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShortlistEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruitment-needs/{needId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flytta behovet: inkommen → öppen → kandidater presenterade → tillsatt / stängd */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    needId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecruitmentNeedStatusBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruitmentNeed"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Körkort och certifikat som ett rekryteringsbehov kan kräva */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Behörigheter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credentials"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/distance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ungefärligt avstånd mellan två platser (kommunkod eller postnummer), för pendlingsbedömning */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DistanceRequest"];
                };
            };
            responses: {
                /** @description Avstånd */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Distance"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/kolada/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ett nyckeltal för kommunen, dess "Liknande kommuner", gruppens medelvärde, länet och riket (Källa: Kolada)
         * @description Lagrade värden från Kolada (kolada fetch eller kolada import-values). Varje serie och varje värde anger källa och år; seriens år är det senaste året med ett värde.
         */
        get: {
            parameters: {
                query: {
                    kpi: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Värden per kommun och år */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KoladaComparison"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/language-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Språknivåer: SFI A–D, svenska som andraspråk, CEFR A1–C2 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Språknivåer per skala, lägst först */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LanguageLevels"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kommuner med län och mittpunkt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kommunerna i bokstavsordning */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Municipalities"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vilken version av referensdata som gäller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Version och antal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferenceVersion"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shortlist-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Flytta en kandidat på listan (bedöms, kontaktad, aktuell, intervju, ej aktuell, tackat nej) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortlistStatusBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShortlistEntry"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistik för ett år: per månad, grupper, tid till arbete, rekryteringsbehov (grupper under 5 personer visas inte) */
        get: {
            parameters: {
                query: {
                    year: number;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exportera: alla tabeller som Excel (xlsx), rapport till nämnden (pdf) eller Kolada-rapporten (csv) */
        get: {
            parameters: {
                query: {
                    year: number;
                    unitId?: string;
                    format: "xlsx" | "pdf" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Filen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                        "text/csv": string;
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enhetens mål för året med historik och utfall månad för månad */
        get: {
            parameters: {
                query: {
                    year: number;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeGoals"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sätt eller ändra (höj) ett mål, med skäl */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutcomeGoalBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeGoals"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Konflikt (posten har ändrats av någon annan) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/kolada-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Årsrapport till Kolada: nyckeltalen med kön och hur de räknats */
        get: {
            parameters: {
                query: {
                    year: number;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KoladaReport"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Åtkomst nekad */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/concepts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett begrepp (yrke, kompetens, SSYK-grupp, språk); ersatta begrepp följs till dagens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Begreppet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxonomyConcept"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Hittades inte */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sök yrken och kompetenser medan man skriver
         * @description Prefix- och stavfelstolerant, okänslig för å/ä/ö. Söktexten handlar om yrken, inte om personer.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    /** @description Yrken, kompetenser eller allt */
                    kind?: "occupation" | "skill" | "all";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Träffar, bäst först */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxonomySearchResponse"];
                    };
                };
                /** @description Ogiltig begäran */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Inte inloggad */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Account: {
            /** Format: uuid */
            id: string;
            version: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "manager" | "coach" | "liaison";
            units: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            active: boolean;
            /** Format: date-time */
            lastLoginAt: string | null;
            pendingLink: {
                /** @enum {string} */
                purpose: "invite" | "reset";
                /** Format: date-time */
                expiresAt: string;
            } | null;
        };
        AccountActiveBody: {
            version: number;
            active: boolean;
        };
        AccountCreateBody: {
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "manager" | "coach" | "liaison";
            /** @default [] */
            unitIds: string[];
        };
        AccountCreated: {
            account: components["schemas"]["Account"];
            link: components["schemas"]["PasswordLink"];
        };
        AccountList: {
            items: components["schemas"]["Account"][];
        };
        AccountPatchBody: {
            version: number;
            displayName?: string;
            /** @enum {string} */
            role?: "admin" | "manager" | "coach" | "liaison";
            unitIds?: string[];
        };
        AdminUnit: {
            /** Format: uuid */
            id: string;
            version: number;
            name: string;
            minAge: number | null;
            maxAge: number | null;
            staffCount: number;
        };
        AdminUnitList: {
            items: components["schemas"]["AdminUnit"][];
        };
        Agreement: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "cooperation_agreement" | "letter_of_intent";
            /**
             * Format: date
             * @example 2026-11-23
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            validTo: string | null;
            signedBy: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Den undertecknade kopian (PDF, bild eller Word), om den laddats upp */
            file: {
                name: string;
                contentType: string;
                sizeBytes: number;
            } | null;
        };
        AgreementBody: {
            /** @enum {string} */
            kind: "cooperation_agreement" | "letter_of_intent";
            /**
             * Format: date
             * @example 2026-11-23
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            validTo?: string | null;
            signedBy?: string | null;
            note?: string | null;
        };
        AgreementFile: {
            name: string;
            contentType: string;
            sizeBytes: number;
        };
        Allocation: {
            /** Format: date-time */
            computedAt: string;
            needs: number;
            participants: number;
            pairs: number;
            totalScore: number;
            greedyTotalScore: number;
            byNeed: {
                /** Format: uuid */
                needId: string;
                title: string;
                positions: number;
                proposals: {
                    /** Format: uuid */
                    needId: string;
                    /** Format: uuid */
                    participantId: string | null;
                    displayName: string;
                    score: number;
                }[];
            }[];
            byParticipant: {
                /** Format: uuid */
                participantId: string | null;
                displayName: string;
                proposals: {
                    /** Format: uuid */
                    needId: string;
                    /** Format: uuid */
                    participantId: string | null;
                    displayName: string;
                    score: number;
                    needTitle: string;
                }[];
            }[];
        };
        AllocationQuery: {
            /** Format: uuid */
            unitId?: string;
            /** @default 2 */
            perParticipant: number;
            /** @default 1 */
            perPosition: number;
        };
        CandidateMatch: {
            /** Format: uuid */
            participantId: string;
            displayName: string;
            pseudonymised: boolean;
            score: number;
            factors: {
                factor: string;
                contribution: number;
                max: number;
                explanation: string;
            }[];
            blockers: {
                code: string;
                message: string;
            }[];
            gaps: {
                requirement: {
                    [key: string]: unknown;
                };
                description: string;
                closedBy?: {
                    trainingId: string;
                    label: string;
                    weeks: number;
                };
            }[];
            readyInWeeks: number;
            commuteKm: number | null;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            coachId: string | null;
        };
        Candidates: {
            needId: string;
            indexed: number;
            candidates: components["schemas"]["CandidateMatch"][];
        };
        CandidatesQuery: {
            /** Format: uuid */
            needId?: string;
            need?: components["schemas"]["RecruitmentNeedInput"];
            /** @default 20 */
            top: number;
            /** Format: uuid */
            unitId?: string;
            /** Format: uuid */
            coachId?: string;
            mine?: boolean;
            maxCommuteKm?: number;
            readyWithinWeeks?: number;
        };
        CaseloadResponse: {
            items: components["schemas"]["ParticipantListItem"][];
            total: number;
            counts: {
                all: number;
                unassigned: number;
                new: number;
                follow_up_overdue: number;
                no_active_intervention: number;
                exit_needs_verification: number;
                meetings_today: number;
            };
        };
        CaseloadUnitsResponse: {
            units: {
                /** Format: uuid */
                id: string;
                name: string;
                minAge: number | null;
                maxAge: number | null;
                coaches: components["schemas"]["StaffRef"][];
            }[];
        };
        CoachAssignmentBody: {
            version: number;
            /** Format: uuid */
            coachId: string | null;
            reason?: string | null;
        };
        Consent: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            needId: string;
            employer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            fields: ("name" | "contact" | "profile" | "references")[];
            /**
             * Format: date
             * @example 2026-11-23
             */
            givenOn: string;
            /** @enum {string} */
            givenHow: "in_person" | "phone" | "written" | "digital";
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        ConsentBody: {
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            needId: string;
            fields: ("name" | "contact" | "profile" | "references")[];
            /**
             * Format: date
             * @example 2026-11-23
             */
            givenOn: string;
            /** @enum {string} */
            givenHow: "in_person" | "phone" | "written" | "digital";
        };
        ContactFollowUps: {
            items: (components["schemas"]["ContactLogEntry"] & {
                employerName: string;
            })[];
            overdue: number;
            today: number;
        };
        ContactLogBody: {
            /** @enum {string} */
            kind: "visit" | "call" | "email" | "meeting";
            /**
             * Format: date
             * @example 2026-11-23
             */
            occurredOn: string;
            /** Format: uuid */
            contactId?: string | null;
            note?: string | null;
            nextStep?: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            nextStepDue?: string | null;
        };
        ContactLogEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            employerId: string;
            version: number;
            /** @enum {string} */
            kind: "visit" | "call" | "email" | "meeting";
            /**
             * Format: date
             * @example 2026-11-23
             */
            occurredOn: string;
            staff: components["schemas"]["StaffRef"] | null;
            contact: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            note: string | null;
            nextStep: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            nextStepDue: string | null;
            nextStepDone: boolean;
            overdue: boolean;
        };
        ContactLogPatchBody: {
            version: number;
            nextStepDone?: boolean;
            /**
             * Format: date
             * @example 2026-11-23
             */
            nextStepDue?: string | null;
            nextStep?: string | null;
        };
        ContactPerson: {
            /** Format: uuid */
            id: string;
            name: string;
            role: string | null;
            phone: string | null;
            email: string | null;
        };
        ContactPersonBody: {
            name: string;
            role?: string | null;
            phone?: string | null;
            /** Format: email */
            email?: string | null;
        };
        Correction: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subject: "exit" | "journal_entry" | "follow_up" | "intervention" | "identity";
            /** Format: uuid */
            subjectId: string;
            /** Format: uuid */
            enrolmentId: string | null;
            reason: string;
            changes: {
                field: string;
                from?: unknown;
                to?: unknown;
            }[];
            correctedBy: components["schemas"]["StaffRef"] | null;
            /** Format: date-time */
            correctedAt: string;
        };
        CorrectionList: {
            items: components["schemas"]["Correction"][];
        };
        Credential: {
            code: string;
            label: string;
            /** @enum {string} */
            kind: "driving_licence" | "certificate";
            implies: string[];
        };
        Credentials: {
            credentials: components["schemas"]["Credential"][];
        };
        DiscriminationWarning: {
            phrase: string;
            ground: string;
            groundLabel: string;
            why: string;
            rewording: string;
            /** @enum {string} */
            field: "title" | "description";
            start: number;
            end: number;
        };
        Distance: {
            from: {
                /** @enum {string} */
                kind: "municipality" | "postalCode";
                municipality: {
                    code: string;
                    name: string;
                };
                /** @description Falskt om postnumret bara var känt till sitt område */
                exact: boolean;
            };
            to: {
                /** @enum {string} */
                kind: "municipality" | "postalCode";
                municipality: {
                    code: string;
                    name: string;
                };
                /** @description Falskt om postnumret bara var känt till sitt område */
                exact: boolean;
            };
            straightKm: number;
            /** @description Grov uppskattning av vägavståndet (fågelväg × omvägsfaktor) */
            roadKm: number;
            /** @enum {boolean} */
            approximate: true;
        };
        DistanceRequest: {
            /** @example 461 30 */
            from: string;
            /** @example 1480 */
            to: string;
        };
        Employer: {
            /** Format: uuid */
            id: string;
            version: number;
            name: string;
            organisationsnummer: string | null;
            sni: {
                code: string;
                label: string;
            } | null;
            industry: string | null;
            municipality: string | null;
            address: string | null;
            postcode: string | null;
            liaison: components["schemas"]["StaffRef"] | null;
            openNeeds: number;
            /**
             * Format: date
             * @example 2026-11-23
             */
            lastContactOn: string | null;
        };
        EmployerAnswerBody: {
            /** Format: uuid */
            candidateKey: string;
            /** @enum {string} */
            answer: "interview_yes" | "interview_no" | "hired" | "not_relevant";
            /** @enum {string} */
            reason?: "experience" | "skills" | "language" | "availability" | "position_filled" | "other";
            note?: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate?: string;
            /** @enum {string} */
            employmentKind?: "unsubsidised" | "subsidised";
            /** @enum {string} */
            employmentForm?: "permanent" | "fixed_term" | "probationary" | "hourly" | "seasonal";
        };
        EmployerCreateBody: {
            name: string;
            organisationsnummer?: string | null;
            sniCode?: string | null;
            industry?: string | null;
            municipality?: string | null;
            address?: string | null;
            postcode?: string | null;
            /** Format: uuid */
            liaisonId?: string | null;
        };
        EmployerDetail: components["schemas"]["Employer"] & {
            workplaces: components["schemas"]["Workplace"][];
            contacts: components["schemas"]["ContactPerson"][];
            agreements: components["schemas"]["Agreement"][];
            contactLog: components["schemas"]["ContactLogEntry"][];
            placements: {
                total: number;
                heldOneMonth: number;
                pending: number;
            };
            timeline: components["schemas"]["EmployerTimelineItem"][];
            permissions: {
                write: boolean;
            };
        };
        EmployerLinkView: {
            employerName: string;
            needTitle: string;
            /** Format: date-time */
            expiresAt: string;
            candidates: {
                /** Format: uuid */
                key: string;
                displayName: string;
                contact: {
                    phone: string | null;
                    email: string | null;
                } | null;
                profile: {
                    occupations: {
                        label: string;
                        years: number;
                    }[];
                    skills: string[];
                    licences: string[];
                    languages: string[];
                } | null;
                /** @enum {string|null} */
                answer: "interview_yes" | "interview_no" | "hired" | "not_relevant" | null;
            }[];
        };
        EmployerList: {
            items: components["schemas"]["Employer"][];
            total: number;
        };
        EmployerPatchBody: {
            name?: string;
            organisationsnummer?: string | null;
            sniCode?: string | null;
            industry?: string | null;
            municipality?: string | null;
            address?: string | null;
            postcode?: string | null;
            /** Format: uuid */
            liaisonId?: string | null;
            version: number;
        };
        EmployerTimelineItem: {
            /** @enum {string} */
            kind: "contact" | "need" | "placement" | "agreement";
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            title: string;
            detail: string | null;
            /** Format: uuid */
            refId: string | null;
        };
        Enrolment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            version: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            coach: components["schemas"]["StaffRef"] | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            enrolledAt: string;
            /** @enum {string} */
            referralSource: "arbetsformedlingen" | "forsakringskassan" | "self" | "socialtjansten" | "other" | "arbetsformedlingen_with_socialtjansten";
            /** @enum {string|null} */
            educationLevel: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
            monthsWithoutWork: number | null;
            incomeSupport: boolean;
            /**
             * Format: date
             * @example 2026-11-23
             */
            afRegisteredSince: string | null;
            ageAtEnrolment: number;
            /** @enum {string} */
            status: "active" | "exited";
            exit: components["schemas"]["ExitView"] | null;
            coachHistory: {
                coach: components["schemas"]["StaffRef"] | null;
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string | null;
                assignedBy: components["schemas"]["StaffRef"] | null;
            }[];
        };
        EnrolmentPatchBody: {
            /**
             * Format: date
             * @example 2026-11-23
             */
            enrolledAt?: string;
            /** @enum {string} */
            referralSource?: "arbetsformedlingen" | "forsakringskassan" | "self" | "socialtjansten" | "other" | "arbetsformedlingen_with_socialtjansten";
            /** @enum {string|null} */
            educationLevel?: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
            monthsWithoutWork?: number | null;
            incomeSupport?: boolean;
            /**
             * Format: date
             * @example 2026-11-23
             */
            afRegisteredSince?: string | null;
            version: number;
        };
        ExitBody: {
            version: number;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** @enum {string} */
            category: "work" | "studies" | "other_authority" | "completed" | "other";
            employment?: {
                /** @enum {string} */
                kind: "unsubsidised" | "subsidised" | "municipal_labour_market";
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                startDate: string;
                /** Format: uuid */
                employerId?: string | null;
                employerName?: string | null;
                occupationId?: string | null;
                /** @enum {string|null} */
                subsidy?: "nystartsjobb" | "lonebidrag" | "introduktionsjobb" | "other" | null;
            };
            studies?: {
                /** @enum {string} */
                kind: "komvux" | "folkhogskola" | "hogskola" | "other";
                studentFinanceEligible: boolean;
                provider?: string | null;
            };
            note?: string | null;
            close?: {
                /** @default [] */
                interventionIds: string[];
                /** @default [] */
                followUpIds: string[];
            };
        };
        ExitCorrectionBody: {
            version: number;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** @enum {string} */
            category: "work" | "studies" | "other_authority" | "completed" | "other";
            employment?: {
                /** @enum {string} */
                kind: "unsubsidised" | "subsidised" | "municipal_labour_market";
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                startDate: string;
                /** Format: uuid */
                employerId?: string | null;
                employerName?: string | null;
                occupationId?: string | null;
                /** @enum {string|null} */
                subsidy?: "nystartsjobb" | "lonebidrag" | "introduktionsjobb" | "other" | null;
            };
            studies?: {
                /** @enum {string} */
                kind: "komvux" | "folkhogskola" | "hogskola" | "other";
                studentFinanceEligible: boolean;
                provider?: string | null;
            };
            note?: string | null;
            reason: string;
        };
        ExitView: {
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** @enum {string} */
            category: "work" | "studies" | "other_authority" | "completed" | "other";
            employment: {
                /** @enum {string} */
                kind: "unsubsidised" | "subsidised" | "municipal_labour_market";
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                startDate: string;
                /** Format: uuid */
                employerId: string | null;
                employerName: string | null;
                occupationId: string | null;
                subsidy: string | null;
                heldOneMonth: boolean | null;
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                verificationDueDate: string | null;
            } | null;
            studies: {
                /** @enum {string} */
                kind: "komvux" | "folkhogskola" | "hogskola" | "other";
                studentFinanceEligible: boolean;
                provider: string | null;
            } | null;
            note: string | null;
            /** @enum {string} */
            koladaCategory: "A" | "B" | "C" | "D" | "E";
            /** @enum {string} */
            status: "verified" | "pending_verification";
            reason: string;
            reasonText: string;
        };
        FollowUp: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            participantId: string;
            version: number;
            /** @enum {string} */
            kind: "regular" | "meeting" | "exit_verification";
            /** @enum {string} */
            with: "participant" | "employer" | "both";
            /**
             * Format: date
             * @example 2026-11-23
             */
            dueDate: string;
            dueTime: string | null;
            employer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            interventionId: string | null;
            purpose: string | null;
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
            outcome: string | null;
            jobHeld: boolean | null;
            overdue: boolean;
            cancelled: boolean;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        FollowUpCancelBody: {
            version: number;
            reason: string;
        };
        FollowUpCreateBody: {
            /** @enum {string} */
            with: "participant" | "employer" | "both";
            /**
             * @default regular
             * @enum {string}
             */
            kind: "regular" | "meeting";
            /**
             * Format: date
             * @example 2026-11-23
             */
            dueDate: string;
            /** @example 09:30 */
            dueTime?: string | null;
            /** Format: uuid */
            employerId?: string | null;
            /** Format: uuid */
            interventionId?: string | null;
            purpose?: string | null;
        };
        FollowUpList: {
            items: components["schemas"]["FollowUp"][];
        };
        FollowUpPatchBody: {
            version: number;
            /**
             * Format: date
             * @example 2026-11-23
             */
            dueDate?: string;
            /** @example 09:30 */
            dueTime?: string | null;
            purpose?: string | null;
            /** @enum {string} */
            with?: "participant" | "employer" | "both";
            /** Format: uuid */
            employerId?: string | null;
            reason?: string | null;
            done?: boolean;
            outcome?: string | null;
            jobHeld?: boolean;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "pglite" | "postgres";
            migration: string | null;
        };
        IdentityCorrectionBody: {
            version: number;
            firstName?: string;
            lastName?: string;
            personnummer?: string;
            reason: string;
        };
        IntakeBody: {
            /**
             * Format: date
             * @example 2026-11-23
             */
            enrolledAt: string;
            /** @enum {string} */
            referralSource: "arbetsformedlingen" | "forsakringskassan" | "self" | "socialtjansten" | "other" | "arbetsformedlingen_with_socialtjansten";
            /** @enum {string|null} */
            educationLevel: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
            monthsWithoutWork: number | null;
            incomeSupport: boolean;
            /**
             * Format: date
             * @example 2026-11-23
             */
            afRegisteredSince?: string | null;
            personnummer: string;
            firstName: string;
            lastName: string;
            contact?: components["schemas"]["ParticipantContact"];
            /** Format: uuid */
            unitId?: string;
            /** Format: uuid */
            coachId?: string | null;
            profile?: {
                /** @default [] */
                occupations: {
                    id: string;
                    years: number;
                }[];
                /** @default [] */
                wishedOccupations: string[];
                /** @default [] */
                interests: string[];
                interestsNote?: string | null;
                /** @default [] */
                skills: string[];
                /** @default [] */
                licences: string[];
                /** @default [] */
                languages: {
                    code: string;
                    level: string;
                }[];
                /** @default [] */
                educations: {
                    title: string;
                    /** @enum {string|null} */
                    level?: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
                    completedYear?: number | null;
                    validatedInSweden?: boolean | null;
                }[];
                municipality?: string | null;
                postcode?: string | null;
                maxCommuteKm?: number | null;
                hasCar?: boolean | null;
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                availableFrom?: string | null;
                extentPercent?: number | null;
                shifts?: ("day" | "evening" | "night")[] | null;
                weekends?: boolean | null;
                /** @default [] */
                adaptations: ("working_time.part_time" | "working_time.flexible_hours" | "working_time.no_night_shifts" | "working_time.extra_breaks" | "physical.no_heavy_lifting" | "physical.seated_work" | "physical.accessible_workplace" | "physical.no_standing_all_day" | "environment.quiet" | "environment.clear_instructions" | "environment.supervisor_support" | "environment.scent_free")[];
                adaptationsNote?: string | null;
            };
            handOver?: boolean;
        };
        IntakeCheckBody: {
            personnummer: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            enrolledAt?: string;
        };
        IntakeCheckResponse: {
            valid: boolean;
            errors: {
                path: string;
                message: string;
            }[];
            /** @enum {string|null} */
            kind: "personnummer" | "samordningsnummer" | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            birthDate: string | null;
            age: number | null;
            /** Format: uuid */
            suggestedUnitId: string | null;
            knownPerson: boolean;
            hasOpenEnrolment: boolean;
            routedUnit: {
                /** Format: uuid */
                id: string;
                name: string;
                minAge: number | null;
                maxAge: number | null;
                ownUnit: boolean;
            } | null;
            mayHandOver: boolean;
        };
        IntakeHandOverResponse: {
            /** @enum {boolean} */
            handedOver: true;
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            notified: number;
        };
        Intervention: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            version: number;
            /** @enum {string} */
            type: "praktik" | "arbetstraning" | "utbildning" | "jobbspar" | "subsidised_employment" | "municipal_employment" | "study_guidance" | "coaching";
            /** @enum {string|null} */
            subsidyKind: "nystartsjobb" | "lonebidrag" | "introduktionsjobb" | "other" | null;
            title: string;
            employer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            provider: string | null;
            occupationId: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            endDate: string | null;
            hoursPerWeek: number | null;
            goals: string | null;
            /** @enum {string} */
            status: "planned" | "active" | "completed" | "cancelled";
            /** Format: uuid */
            recruitmentNeedId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        InterventionCreateBody: {
            /** @enum {string} */
            type: "praktik" | "arbetstraning" | "utbildning" | "jobbspar" | "subsidised_employment" | "municipal_employment" | "study_guidance" | "coaching";
            /** @enum {string|null} */
            subsidyKind?: "nystartsjobb" | "lonebidrag" | "introduktionsjobb" | "other" | null;
            title: string;
            /** Format: uuid */
            employerId?: string | null;
            provider?: string | null;
            occupationId?: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            endDate?: string | null;
            hoursPerWeek?: number | null;
            goals?: string | null;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "active" | "completed" | "cancelled";
            /** Format: uuid */
            recruitmentNeedId?: string | null;
        };
        InterventionList: {
            items: components["schemas"]["Intervention"][];
        };
        InterventionPatchBody: {
            /** @enum {string} */
            type?: "praktik" | "arbetstraning" | "utbildning" | "jobbspar" | "subsidised_employment" | "municipal_employment" | "study_guidance" | "coaching";
            /** @enum {string|null} */
            subsidyKind?: "nystartsjobb" | "lonebidrag" | "introduktionsjobb" | "other" | null;
            title?: string;
            /** Format: uuid */
            employerId?: string | null;
            provider?: string | null;
            occupationId?: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate?: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            endDate?: string | null;
            hoursPerWeek?: number | null;
            goals?: string | null;
            /** @enum {string} */
            status?: "planned" | "active" | "completed" | "cancelled";
            /** Format: uuid */
            recruitmentNeedId?: string | null;
            version: number;
        };
        JournalAmendBody: {
            version: number;
            /** @enum {string} */
            kind?: "note" | "meeting" | "phone" | "employer_contact" | "other";
            /**
             * Format: date
             * @example 2026-11-23
             */
            occurredOn?: string;
            text: string;
            reason: string;
        };
        JournalCreateBody: {
            /**
             * @default note
             * @enum {string}
             */
            kind: "note" | "meeting" | "phone" | "employer_contact" | "other";
            /**
             * Format: date
             * @example 2026-11-23
             */
            occurredOn: string;
            text: string;
        };
        JournalEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @enum {string} */
            kind: "note" | "meeting" | "phone" | "employer_contact" | "other";
            /**
             * Format: date
             * @example 2026-11-23
             */
            occurredOn: string;
            text: string;
            author: components["schemas"]["StaffRef"] | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
            /** Format: date-time */
            amendedAt: string | null;
        };
        JournalList: {
            items: components["schemas"]["JournalEntry"][];
        };
        KoladaComparison: {
            kpi: {
                id: string;
                title: string;
                description: string | null;
            };
            group: {
                id: string;
                title: string;
            } | null;
            series: {
                municipalityCode: string;
                name: string;
                /** @enum {string} */
                role: "own" | "similar" | "groupAverage" | "county" | "country";
                /**
                 * @description Källan, för "Källa: Kolada, 2025".
                 * @enum {string}
                 */
                source: "Kolada";
                /** @description Senaste år med ett värde i serien; null när serien saknar värden. */
                year: number | null;
                values: {
                    year: number;
                    gender: string;
                    value: number | null;
                    count: number | null;
                    /**
                     * @description Källan, för "Källa: Kolada, 2025".
                     * @enum {string}
                     */
                    source: "Kolada";
                }[];
            }[];
            source: string;
        };
        KoladaReport: {
            year: number;
            from: string;
            to: string;
            municipality: {
                code: string;
                name: string;
            };
            unit: {
                id: string;
                name: string;
            } | null;
            preliminary: boolean;
            generatedAt: string;
            kpis: {
                value: number | null;
                numerator: number;
                denominator: number | null;
                id: string;
                name: string;
                /** @enum {string} */
                unit: "count" | "percent";
                byGender: {
                    K: {
                        value: number | null;
                        numerator: number;
                        denominator: number | null;
                    };
                    M: {
                        value: number | null;
                        numerator: number;
                        denominator: number | null;
                    };
                } | null;
                rule: string;
                counted: {
                    label: string;
                    count: number;
                }[];
            }[];
            exits: {
                total: number;
                byCategory: {
                    A: number;
                    B: number;
                    C: number;
                    D: number;
                    E: number;
                };
                pendingVerification: number;
            };
            participants: number;
            genderUnknown: number;
        };
        LanguageLevel: {
            code: string;
            label: string;
            /** @enum {string} */
            scale: "sfi" | "sas" | "cefr";
            rank: number;
        };
        LanguageLevels: {
            languageLevels: components["schemas"]["LanguageLevel"][];
        };
        LiaisonList: {
            items: {
                /** Format: uuid */
                id: string;
                displayName: string;
                /** @enum {string} */
                role: "liaison" | "manager";
            }[];
        };
        LoginBody: {
            username: string;
            password: string;
        };
        Municipalities: {
            /**
             * @description Importerad (csv) eller inbyggd demodata
             * @enum {string}
             */
            source: "csv" | "default";
            postalCodeCount: number;
            municipalities: components["schemas"]["Municipality"][];
        };
        Municipality: {
            /** @example 1488 */
            code: string;
            /** @example Trollhättan */
            name: string;
            /** @example Trollhättans kommun */
            officialName: string;
            county: {
                code: string;
                name: string;
            };
            population: number | null;
            centroid: {
                lat: number;
                lng: number;
            } | null;
        };
        MunicipalitySettings: {
            municipalityCode: string;
            displayName: string;
            exitCorrectionDays: number;
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
        };
        MunicipalitySettingsBody: {
            version: number;
            displayName: string;
            exitCorrectionDays: number;
        };
        NeedCheckTextBody: {
            /** @default  */
            title: string;
            /** @default  */
            description: string;
        };
        NeedCheckTextResponse: {
            warnings: components["schemas"]["DiscriminationWarning"][];
        };
        NeedMatch: {
            needId: string;
            score: number;
            factors: {
                factor: string;
                contribution: number;
                max: number;
                explanation: string;
            }[];
            blockers: {
                code: string;
                message: string;
            }[];
            gaps: {
                requirement: {
                    [key: string]: unknown;
                };
                description: string;
                closedBy?: {
                    trainingId: string;
                    label: string;
                    weeks: number;
                };
            }[];
            readyInWeeks: number;
        };
        NeedOpenTo: {
            internshipFirst?: boolean;
            jobbspar?: boolean;
            subsidisedEmployment?: boolean;
            adaptations?: string[];
            targetGroups?: ("young" | "long_term_unemployed" | "newly_arrived" | "disability" | "income_support")[];
        };
        NeedsForParticipantQuery: {
            needs: components["schemas"]["RecruitmentNeedInput"][];
            /** @default 20 */
            top: number;
        };
        NeedSuggestions: {
            occupation: {
                id: string;
                label: string;
            } | null;
            skills: {
                id: string;
                label: string;
            }[];
            licences: {
                id: string;
                label: string;
            }[];
            positions: number | null;
            warnings: components["schemas"]["DiscriminationWarning"][];
        };
        NeedSuggestionsBody: {
            text: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            text: string;
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
            unread: number;
        };
        OutcomeGoalBody: {
            /** Format: uuid */
            unitId: string;
            kpiId: string;
            year: number;
            target: number;
            /**
             * @default at_least
             * @enum {string}
             */
            direction: "at_least" | "at_most";
            reason: string;
            version?: number;
        };
        OutcomeGoals: {
            goals: {
                id: string;
                unit: {
                    id: string;
                    name: string;
                };
                kpiId: string;
                kpiName: string;
                year: number;
                target: number;
                /** @enum {string} */
                direction: "at_least" | "at_most";
                version: number;
                updatedAt: string;
                history: {
                    at: string;
                    by: string | null;
                    fromTarget: number | null;
                    toTarget: number;
                    /** @enum {string|null} */
                    fromDirection: "at_least" | "at_most" | null;
                    /** @enum {string} */
                    toDirection: "at_least" | "at_most";
                    reason: string;
                }[];
                progress: {
                    month: string;
                    value: number | null;
                    met: boolean | null;
                }[];
            }[];
        };
        ParticipantContact: {
            phone?: string | null;
            /** Format: email */
            email?: string | null;
            address?: string | null;
            preferredLanguage?: string | null;
        };
        ParticipantDetail: {
            /** Format: uuid */
            id: string;
            version: number;
            personnummer: string;
            /** @enum {string} */
            personnummerKind: "personnummer" | "samordningsnummer";
            /**
             * Format: date
             * @example 2026-11-23
             */
            birthDate: string;
            age: number;
            firstName: string;
            lastName: string;
            contact: {
                phone: string | null;
                email: string | null;
                address: string | null;
                preferredLanguage: string | null;
            };
            profile: components["schemas"]["ParticipantProfile"];
            adaptationsVisible: boolean;
            profileVersion: number;
            enrolments: components["schemas"]["Enrolment"][];
            /** Format: uuid */
            currentEnrolmentId: string | null;
            /** @enum {string} */
            relationship: "current" | "former";
            protectedIdentity: boolean;
            permissions: {
                write: boolean;
                reassign: boolean;
                correct: boolean;
                correctIdentity: boolean;
            };
        };
        ParticipantListItem: {
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            enrolmentId: string;
            personnummerMasked: string;
            firstName: string;
            lastName: string;
            age: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            coach: components["schemas"]["StaffRef"] | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            enrolledAt: string;
            /** @enum {string} */
            status: "active" | "exited";
            /**
             * Format: date
             * @example 2026-11-23
             */
            exitDate: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            nextFollowUpDate: string | null;
            overdueFollowUps: number;
            activeInterventions: number;
            pastDueInterventions: number;
            needsExitVerification: boolean;
            hasMeetingToday: boolean;
        };
        ParticipantPatchBody: {
            version: number;
            firstName?: string;
            lastName?: string;
            contact?: components["schemas"]["ParticipantContact"];
        };
        ParticipantProfile: {
            /** @default [] */
            occupations: {
                id: string;
                years: number;
            }[];
            /** @default [] */
            wishedOccupations: string[];
            /** @default [] */
            interests: string[];
            interestsNote?: string | null;
            /** @default [] */
            skills: string[];
            /** @default [] */
            licences: string[];
            /** @default [] */
            languages: {
                code: string;
                level: string;
            }[];
            /** @default [] */
            educations: {
                title: string;
                /** @enum {string|null} */
                level?: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
                completedYear?: number | null;
                validatedInSweden?: boolean | null;
            }[];
            municipality?: string | null;
            postcode?: string | null;
            maxCommuteKm?: number | null;
            hasCar?: boolean | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            availableFrom?: string | null;
            extentPercent?: number | null;
            shifts?: ("day" | "evening" | "night")[] | null;
            weekends?: boolean | null;
            /** @default [] */
            adaptations: ("working_time.part_time" | "working_time.flexible_hours" | "working_time.no_night_shifts" | "working_time.extra_breaks" | "physical.no_heavy_lifting" | "physical.seated_work" | "physical.accessible_workplace" | "physical.no_standing_all_day" | "environment.quiet" | "environment.clear_instructions" | "environment.supervisor_support" | "environment.scent_free")[];
            adaptationsNote?: string | null;
        };
        ParticipantProfilePatch: {
            occupations?: {
                id: string;
                years: number;
            }[];
            wishedOccupations?: string[];
            interests?: string[];
            interestsNote?: string | null;
            skills?: string[];
            licences?: string[];
            languages?: {
                code: string;
                level: string;
            }[];
            educations?: {
                title: string;
                /** @enum {string|null} */
                level?: "incomplete_compulsory" | "compulsory" | "upper_secondary" | "post_secondary" | "foreign_not_validated" | null;
                completedYear?: number | null;
                validatedInSweden?: boolean | null;
            }[];
            municipality?: string | null;
            postcode?: string | null;
            maxCommuteKm?: number | null;
            hasCar?: boolean | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            availableFrom?: string | null;
            extentPercent?: number | null;
            shifts?: ("day" | "evening" | "night")[] | null;
            weekends?: boolean | null;
            adaptations?: ("working_time.part_time" | "working_time.flexible_hours" | "working_time.no_night_shifts" | "working_time.extra_breaks" | "physical.no_heavy_lifting" | "physical.seated_work" | "physical.accessible_workplace" | "physical.no_standing_all_day" | "environment.quiet" | "environment.clear_instructions" | "environment.supervisor_support" | "environment.scent_free")[];
            adaptationsNote?: string | null;
        };
        ParticipantSearchBody: {
            query: string;
            /** @default true */
            includeExited: boolean;
            /** @default 25 */
            limit: number;
        };
        ParticipantSearchResponse: {
            items: components["schemas"]["ParticipantListItem"][];
            total: number;
        };
        PasswordChangeBody: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordLink: {
            token: string;
            path: string;
            /** @enum {string} */
            purpose: "invite" | "reset";
            /** Format: date-time */
            expiresAt: string;
        };
        PasswordLinkInfo: {
            username: string;
            displayName: string;
            /** @enum {string} */
            purpose: "invite" | "reset";
            /** Format: date-time */
            expiresAt: string;
        };
        PasswordLinkTokenBody: {
            token: string;
        };
        PasswordLinkUseBody: {
            token: string;
            newPassword: string;
        };
        Placement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            employerId: string;
            /** Format: uuid */
            needId: string | null;
            kind: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate: string;
            followUps: {
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                dueDate: string;
                kind: string;
                purpose: string;
            }[];
        };
        PlacementBody: {
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            employerId: string;
            /** Format: uuid */
            needId?: string | null;
            /** @enum {string} */
            kind: "unsubsidised" | "subsidised" | "municipal_labour_market";
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate: string;
            /** @enum {string|null} */
            employmentForm?: "permanent" | "fixed_term" | "probationary" | "hourly" | "seasonal" | null;
            /** @default false */
            outside: boolean;
        };
        PlanAgreementBody: {
            /**
             * Format: date
             * @example 2026-11-23
             */
            agreedAt: string;
        };
        PlanPutBody: {
            expectedVersion: number;
            /** @enum {string} */
            goal: "work" | "studies";
            goalDescription?: string | null;
            goalOccupationId?: string | null;
            steps: {
                /** Format: uuid */
                id?: string;
                title: string;
                description?: string | null;
                /** @enum {string} */
                status: "proposed" | "planned" | "in_progress" | "done" | "cancelled";
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                dueDate?: string | null;
                /** Format: uuid */
                interventionId?: string | null;
            }[];
        };
        PlanResponse: {
            current: components["schemas"]["PlanVersion"] | null;
            versions: {
                version: number;
                /** Format: date-time */
                createdAt: string;
                createdBy: components["schemas"]["StaffRef"] | null;
                agreedWithParticipant: boolean;
            }[];
        };
        PlanVersion: {
            /** Format: uuid */
            enrolmentId: string;
            version: number;
            /** @enum {string} */
            goal: "work" | "studies";
            goalDescription: string | null;
            goalOccupationId: string | null;
            steps: {
                /** Format: uuid */
                id: string;
                title: string;
                description: string | null;
                /** @enum {string} */
                status: "proposed" | "planned" | "in_progress" | "done" | "cancelled";
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                dueDate: string | null;
                /** Format: uuid */
                interventionId: string | null;
            }[];
            agreedWithParticipant: boolean;
            /**
             * Format: date
             * @example 2026-11-23
             */
            agreedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["StaffRef"] | null;
        };
        PresentationBody: {
            entryIds: string[];
            /** @default 14 */
            expiresInDays: number;
        };
        PresentationCreated: {
            /** Format: uuid */
            presentationId: string;
            token: string;
            path: string;
            /** Format: date-time */
            expiresAt: string;
            warnings: string[];
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                path: string;
                message: string;
            }[];
            conflict?: {
                changedBy: {
                    name: string | null;
                    you: boolean;
                    /** Format: date-time */
                    at: string;
                } | null;
                current: {
                    [key: string]: unknown;
                };
            };
        };
        ProfilePatchBody: {
            version: number;
            profile: components["schemas"]["ParticipantProfilePatch"];
        };
        ProfilePutBody: {
            version: number;
            profile: components["schemas"]["ParticipantProfile"];
        };
        ProtectedIdentityBody: {
            protectedIdentity: boolean;
        };
        PublicMunicipalities: {
            municipalities: {
                /** @example 1488 */
                code: string;
                /** @example Trollhättan */
                name: string;
                /** @example Västra Götalands län */
                county: string;
            }[];
        };
        PublicNeedBody: {
            organisationName: string;
            organisationsnummer?: string | null;
            contactName: string;
            /** Format: email */
            email: string;
            phone?: string | null;
            description: string;
            title?: string | null;
            /** @default 1 */
            positions: number;
            municipality?: string | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate?: string | null;
            extentPercent?: number | null;
            occupationId?: string | null;
            /** @default [] */
            skills: string[];
            /** @default [] */
            licences: string[];
            website?: string;
        };
        PublicNeedResponse: {
            /** @enum {boolean} */
            received: true;
            reference: string;
            message: string;
        };
        RecruitmentNeed: {
            /** Format: uuid */
            id: string;
            version: number;
            /** @enum {string} */
            status: "received" | "open" | "presented" | "filled" | "closed";
            statusLabel: string;
            /** @enum {string|null} */
            closingReason: "filled_through_us" | "filled_elsewhere" | "withdrawn" | "no_suitable_candidates" | null;
            /** @enum {string} */
            source: "staff" | "public_form";
            title: string;
            description: string | null;
            employer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            workplaceId: string | null;
            occupation: {
                id: string;
                label: string;
            } | null;
            positions: number;
            requiredSkills: {
                id: string;
                label: string;
            }[];
            meritSkills: {
                id: string;
                label: string;
            }[];
            licences: {
                id: string;
                label: string;
            }[];
            languages: {
                code: string;
                level: string;
            }[];
            municipality: string | null;
            extentPercent: number | null;
            hours: string | null;
            shifts: ("day" | "evening" | "night")[] | null;
            weekends: boolean | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate: string | null;
            /** @enum {string|null} */
            employmentForm: "permanent" | "fixed_term" | "probationary" | "hourly" | "seasonal" | null;
            requiresCar: boolean | null;
            minExperienceYears: number | null;
            openTo: components["schemas"]["NeedOpenTo"];
            liaison: components["schemas"]["StaffRef"] | null;
            submitter: {
                organisationName: string;
                organisationsnummer: string | null;
                contactName: string;
                email: string;
                phone: string | null;
            } | null;
            warnings: components["schemas"]["DiscriminationWarning"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RecruitmentNeedCreateBody: {
            title: string;
            description?: string | null;
            /** Format: uuid */
            employerId?: string | null;
            /** Format: uuid */
            workplaceId?: string | null;
            occupationId?: string | null;
            positions: number;
            /** @default [] */
            requiredSkills: string[];
            /** @default [] */
            meritSkills: string[];
            /** @default [] */
            licences: string[];
            /** @default [] */
            languages: {
                code: string;
                level: string;
            }[];
            municipality?: string | null;
            extentPercent?: number | null;
            hours?: string | null;
            shifts?: ("day" | "evening" | "night")[] | null;
            weekends?: boolean | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate?: string | null;
            /** @enum {string|null} */
            employmentForm?: "permanent" | "fixed_term" | "probationary" | "hourly" | "seasonal" | null;
            requiresCar?: boolean | null;
            minExperienceYears?: number | null;
            openTo?: components["schemas"]["NeedOpenTo"];
            /** Format: uuid */
            liaisonId?: string | null;
        };
        RecruitmentNeedDetail: components["schemas"]["RecruitmentNeed"] & {
            history: components["schemas"]["RecruitmentNeedHistoryItem"][];
            permissions: {
                write: boolean;
            };
        };
        RecruitmentNeedHistoryItem: {
            /** Format: date-time */
            at: string;
            staff: components["schemas"]["StaffRef"] | null;
            /** @enum {string} */
            kind: "created" | "updated" | "status";
            fields: string[] | null;
            fromStatus: string | null;
            toStatus: string | null;
            reason: string | null;
        };
        RecruitmentNeedInput: {
            id: string;
            occupation: string;
            /** @default [] */
            requiredSkills: string[];
            /** @default [] */
            meritSkills: string[];
            /** @default [] */
            licences: string[];
            /** @default [] */
            languages: {
                code: string;
                level: string;
            }[];
            municipality?: string;
            /** @default 1 */
            positions: number;
            startDate?: string;
            extentPercent?: number;
            shifts?: ("day" | "evening" | "night")[];
            weekends?: boolean;
            requiresCar?: boolean;
            adaptationsAccepted?: string[];
            minExperienceYears?: number;
        };
        RecruitmentNeedList: {
            items: components["schemas"]["RecruitmentNeed"][];
            total: number;
            counts: {
                received: number;
                open: number;
                presented: number;
                filled: number;
                closed: number;
            };
        };
        RecruitmentNeedPatchBody: {
            title?: string;
            description?: string | null;
            /** Format: uuid */
            employerId?: string | null;
            /** Format: uuid */
            workplaceId?: string | null;
            occupationId?: string | null;
            positions?: number;
            /** @default [] */
            requiredSkills: string[];
            /** @default [] */
            meritSkills: string[];
            /** @default [] */
            licences: string[];
            /** @default [] */
            languages: {
                code: string;
                level: string;
            }[];
            municipality?: string | null;
            extentPercent?: number | null;
            hours?: string | null;
            shifts?: ("day" | "evening" | "night")[] | null;
            weekends?: boolean | null;
            /**
             * Format: date
             * @example 2026-11-23
             */
            startDate?: string | null;
            /** @enum {string|null} */
            employmentForm?: "permanent" | "fixed_term" | "probationary" | "hourly" | "seasonal" | null;
            requiresCar?: boolean | null;
            minExperienceYears?: number | null;
            openTo?: components["schemas"]["NeedOpenTo"];
            /** Format: uuid */
            liaisonId?: string | null;
            version: number;
        };
        RecruitmentNeedStatusBody: {
            version: number;
            /** @enum {string} */
            status: "received" | "open" | "presented" | "filled" | "closed";
            /** @enum {string|null} */
            closingReason?: "filled_through_us" | "filled_elsewhere" | "withdrawn" | "no_suitable_candidates" | null;
            reason?: string | null;
        };
        ReferenceVersion: {
            taxonomy: {
                version: string;
                /** @enum {string} */
                source: "jobtech" | "default";
                sourceDate: string | null;
                importedAt: string | null;
                counts: {
                    [key: string]: number;
                };
            };
            geography: {
                /** @enum {string} */
                source: "csv" | "default";
                municipalities: number;
                postalCodes: number;
            };
            kolada: {
                kpis: number;
                groups: number;
                values: number;
            };
        };
        Reminder: components["schemas"]["FollowUp"] & {
            participantName: string;
            coach: components["schemas"]["StaffRef"] | null;
        };
        RemindersResponse: {
            items: components["schemas"]["Reminder"][];
            overdue: number;
            today: number;
            pastDueInterventions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                participantId: string;
                participantName: string;
                title: string;
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                endDate: string;
            }[];
        };
        Session: {
            user: components["schemas"]["SessionUser"];
            csrfToken: string;
        };
        SessionUser: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "manager" | "coach" | "liaison";
            unitIds: string[];
            units: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            municipality: {
                code: string;
                name: string;
            };
        };
        Shortlist: {
            /** Format: uuid */
            needId: string;
            items: components["schemas"]["ShortlistEntry"][];
            protectedCount: number;
            presentations: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt: string;
                revoked: boolean;
                candidates: number;
                answered: number;
                /** Format: date-time */
                lastViewedAt: string | null;
            }[];
        };
        ShortlistAddBody: {
            /** Format: uuid */
            participantId: string;
            note?: string | null;
        };
        ShortlistEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            needId: string;
            version: number;
            /** Format: uuid */
            participantId: string | null;
            displayName: string;
            named: boolean;
            protectedIdentity: boolean;
            /** @enum {string} */
            status: "considered" | "contacted" | "relevant" | "presented" | "interview" | "hired" | "not_relevant" | "declined";
            statusLabel: string;
            note: string | null;
            coach: components["schemas"]["StaffRef"] | null;
            consent: {
                /** Format: uuid */
                id: string;
                fields: ("name" | "contact" | "profile" | "references")[];
                /**
                 * Format: date
                 * @example 2026-11-23
                 */
                givenOn: string;
            } | null;
            history: {
                /** Format: date-time */
                at: string;
                by: string;
                fromStatus: string | null;
                toStatus: string;
                reason: string | null;
            }[];
        };
        ShortlistStatusBody: {
            version: number;
            /** @enum {string} */
            status: "considered" | "contacted" | "relevant" | "presented" | "interview" | "hired" | "not_relevant" | "declined";
            reason?: string | null;
        };
        StaffRef: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        Statistics: {
            year: number;
            suppressBelow: number;
            unit: {
                id: string;
                name: string;
            } | null;
            units: {
                id: string;
                name: string;
            }[];
            summary: {
                participants: number;
                exits: number;
                workOrStudiesShare: number | null;
                byCategory: {
                    A: number;
                    B: number;
                    C: number;
                    D: number;
                    E: number;
                };
                pendingVerification: number;
            };
            monthly: {
                month: string;
                exits: number;
                byCategory: {
                    A: number;
                    B: number;
                    C: number;
                    D: number;
                    E: number;
                };
                workOrStudiesShare: number | null;
                cumulativeShare: number | null;
                active: number;
                incomeSupport: number;
                longTermShare: number | null;
            }[];
            breakdowns: {
                /** @enum {string} */
                key: "unit" | "coach" | "ageBand" | "education" | "withoutWork" | "incomeSupport" | "interventionType";
                title: string;
                note: string | null;
                rows: {
                    label: string;
                    participants: number | null;
                    exits: number | null;
                    workOrStudies: number | null;
                    share: number | null;
                    suppressed: boolean;
                }[];
            }[];
            employers: {
                label: string;
                jobs: number | null;
                suppressed: boolean;
            }[];
            survival: {
                cohort: string;
                observations: number | null;
                events: number;
                medianDays: number | null;
                steps: {
                    days: number;
                    survival: number;
                    atRisk: number;
                }[];
            }[];
            needs: {
                opened: number;
                filled: number;
                medianDaysToFill: number | null;
                byMonth: {
                    month: string;
                    opened: number;
                    filled: number;
                }[];
            };
            followUpsOverdue: number;
        };
        TaxonomyConcept: {
            requestedId: string;
            id: string;
            /** @description Sant om begreppet har ersatts av ett annat */
            replaced: boolean;
            /** @description Sant om begreppet inte längre finns i taxonomin */
            deprecated: boolean;
            /** @enum {string} */
            kind: "occupation" | "skill" | "ssyk" | "credential" | "language";
            label: string;
            /** @description Yrkets SSYK-4-grupp; för en SSYK-grupp gruppen själv */
            ssyk: {
                id: string;
                label: string;
                code: string;
                level: number;
            } | null;
            definition: string | null;
            noEducationRequired: boolean | null;
            skills: {
                id: string;
                label: string;
            }[];
            substitutes: {
                id: string;
                label: string;
                percent: number;
            }[];
        };
        TaxonomySearchResponse: {
            results: components["schemas"]["TaxonomySearchResult"][];
            taxonomyVersion: string;
        };
        TaxonomySearchResult: {
            /** @description Begrepps-id (JobTech), för en behörighet dess kod */
            id: string;
            label: string;
            /** @enum {string} */
            kind: "occupation" | "skill" | "ssyk" | "credential" | "language";
            ssykCode: string | null;
            /** @description Synonymen som träffade, om inte namnet */
            matchedSynonym: string | null;
        };
        UnitCreateBody: {
            name: string;
            /** @default null */
            minAge: number | null;
            /** @default null */
            maxAge: number | null;
        };
        UnitPatchBody: {
            version: number;
            name?: string;
            minAge?: number | null;
            maxAge?: number | null;
        };
        Workplace: {
            /** Format: uuid */
            id: string;
            name: string;
            address: string | null;
            postcode: string | null;
            municipality: string | null;
        };
        WorkplaceBody: {
            name: string;
            address?: string | null;
            postcode?: string | null;
            municipality?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : NonNullable<T[K]>>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiEmployerContactLogFollowUpsGetParametersQueryRangeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/employer-contact-log/follow-ups"]["get"]["parameters"]["query"]["range"]> = ["week", "overdue"];
export const pathsApiEmployersGetParametersQueryHasOpenNeedsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/employers"]["get"]["parameters"]["query"]["hasOpenNeeds"]> = ["true", "false"];
export const pathsApiFollowUpsRemindersGetParametersQueryRangeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/follow-ups/reminders"]["get"]["parameters"]["query"]["range"]> = ["week", "overdue"];
export const pathsApiParticipantsCaseloadGetParametersQueryScopeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/participants/caseload"]["get"]["parameters"]["query"]["scope"]> = ["mine", "unit"];
export const pathsApiParticipantsCaseloadGetParametersQueryFilterValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/participants/caseload"]["get"]["parameters"]["query"]["filter"]> = ["all", "unassigned", "new", "follow_up_overdue", "no_active_intervention", "exit_needs_verification", "meetings_today"];
export const pathsApiParticipantsCaseloadGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/participants/caseload"]["get"]["parameters"]["query"]["sort"]> = ["name", "enrolled", "next_follow_up", "coach"];
export const pathsApiParticipantsCaseloadGetParametersQueryOrderValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/participants/caseload"]["get"]["parameters"]["query"]["order"]> = ["asc", "desc"];
export const pathsApiRecruitmentNeedsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/recruitment-needs"]["get"]["parameters"]["query"]["status"]> = ["received", "open", "presented", "filled", "closed"];
export const pathsApiStatisticsExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/statistics/export"]["get"]["parameters"]["query"]["format"]> = ["xlsx", "pdf", "csv"];
export const pathsApiTaxonomySearchGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/taxonomy/search"]["get"]["parameters"]["query"]["kind"]> = ["occupation", "skill", "all"];
export const accountRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Account"]["role"]> = ["admin", "manager", "coach", "liaison"];
export const accountPendingLinkPurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Account"]["pendingLink"]["purpose"]> = ["invite", "reset"];
export const accountCreateBodyRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountCreateBody"]["role"]> = ["admin", "manager", "coach", "liaison"];
export const accountPatchBodyRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountPatchBody"]["role"]> = ["admin", "manager", "coach", "liaison"];
export const agreementKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Agreement"]["kind"]> = ["cooperation_agreement", "letter_of_intent"];
export const agreementBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementBody"]["kind"]> = ["cooperation_agreement", "letter_of_intent"];
export const consentFieldsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Consent"]["fields"]> = ["name", "contact", "profile", "references"];
export const consentGivenHowValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Consent"]["givenHow"]> = ["in_person", "phone", "written", "digital"];
export const consentBodyFieldsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentBody"]["fields"]> = ["name", "contact", "profile", "references"];
export const consentBodyGivenHowValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentBody"]["givenHow"]> = ["in_person", "phone", "written", "digital"];
export const contactLogBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContactLogBody"]["kind"]> = ["visit", "call", "email", "meeting"];
export const contactLogEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContactLogEntry"]["kind"]> = ["visit", "call", "email", "meeting"];
export const correctionSubjectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Correction"]["subject"]> = ["exit", "journal_entry", "follow_up", "intervention", "identity"];
export const credentialKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Credential"]["kind"]> = ["driving_licence", "certificate"];
export const discriminationWarningFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DiscriminationWarning"]["field"]> = ["title", "description"];
export const distanceFromKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Distance"]["from"]["kind"]> = ["municipality", "postalCode"];
export const distanceToKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Distance"]["to"]["kind"]> = ["municipality", "postalCode"];
export const employerAnswerBodyAnswerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmployerAnswerBody"]["answer"]> = ["interview_yes", "interview_no", "hired", "not_relevant"];
export const employerAnswerBodyReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmployerAnswerBody"]["reason"]> = ["experience", "skills", "language", "availability", "position_filled", "other"];
export const employerAnswerBodyEmploymentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmployerAnswerBody"]["employmentKind"]> = ["unsubsidised", "subsidised"];
export const employerAnswerBodyEmploymentFormValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmployerAnswerBody"]["employmentForm"]> = ["permanent", "fixed_term", "probationary", "hourly", "seasonal"];
export const employerTimelineItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmployerTimelineItem"]["kind"]> = ["contact", "need", "placement", "agreement"];
export const enrolmentReferralSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Enrolment"]["referralSource"]> = ["arbetsformedlingen", "forsakringskassan", "self", "socialtjansten", "other", "arbetsformedlingen_with_socialtjansten"];
export const enrolmentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Enrolment"]["status"]> = ["active", "exited"];
export const enrolmentPatchBodyReferralSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnrolmentPatchBody"]["referralSource"]> = ["arbetsformedlingen", "forsakringskassan", "self", "socialtjansten", "other", "arbetsformedlingen_with_socialtjansten"];
export const exitBodyCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitBody"]["category"]> = ["work", "studies", "other_authority", "completed", "other"];
export const exitBodyEmploymentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitBody"]["employment"]["kind"]> = ["unsubsidised", "subsidised", "municipal_labour_market"];
export const exitBodyStudiesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitBody"]["studies"]["kind"]> = ["komvux", "folkhogskola", "hogskola", "other"];
export const exitCorrectionBodyCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitCorrectionBody"]["category"]> = ["work", "studies", "other_authority", "completed", "other"];
export const exitCorrectionBodyEmploymentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitCorrectionBody"]["employment"]["kind"]> = ["unsubsidised", "subsidised", "municipal_labour_market"];
export const exitCorrectionBodyStudiesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitCorrectionBody"]["studies"]["kind"]> = ["komvux", "folkhogskola", "hogskola", "other"];
export const exitViewCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitView"]["category"]> = ["work", "studies", "other_authority", "completed", "other"];
export const exitViewEmploymentKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitView"]["employment"]["kind"]> = ["unsubsidised", "subsidised", "municipal_labour_market"];
export const exitViewStudiesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitView"]["studies"]["kind"]> = ["komvux", "folkhogskola", "hogskola", "other"];
export const exitViewKoladaCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitView"]["koladaCategory"]> = ["A", "B", "C", "D", "E"];
export const exitViewStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExitView"]["status"]> = ["verified", "pending_verification"];
export const followUpKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUp"]["kind"]> = ["regular", "meeting", "exit_verification"];
export const followUpWithValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUp"]["with"]> = ["participant", "employer", "both"];
export const followUpCreateBodyWithValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUpCreateBody"]["with"]> = ["participant", "employer", "both"];
export const followUpCreateBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUpCreateBody"]["kind"]> = ["regular", "meeting"];
export const followUpPatchBodyWithValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUpPatchBody"]["with"]> = ["participant", "employer", "both"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok", "degraded"];
export const healthDatabaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["database"]> = ["pglite", "postgres"];
export const intakeBodyReferralSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IntakeBody"]["referralSource"]> = ["arbetsformedlingen", "forsakringskassan", "self", "socialtjansten", "other", "arbetsformedlingen_with_socialtjansten"];
export const intakeBodyProfileShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IntakeBody"]["profile"]["shifts"]> = ["day", "evening", "night"];
export const intakeBodyProfileAdaptationsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IntakeBody"]["profile"]["adaptations"]> = ["working_time.part_time", "working_time.flexible_hours", "working_time.no_night_shifts", "working_time.extra_breaks", "physical.no_heavy_lifting", "physical.seated_work", "physical.accessible_workplace", "physical.no_standing_all_day", "environment.quiet", "environment.clear_instructions", "environment.supervisor_support", "environment.scent_free"];
export const interventionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Intervention"]["type"]> = ["praktik", "arbetstraning", "utbildning", "jobbspar", "subsidised_employment", "municipal_employment", "study_guidance", "coaching"];
export const interventionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Intervention"]["status"]> = ["planned", "active", "completed", "cancelled"];
export const interventionCreateBodyTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InterventionCreateBody"]["type"]> = ["praktik", "arbetstraning", "utbildning", "jobbspar", "subsidised_employment", "municipal_employment", "study_guidance", "coaching"];
export const interventionCreateBodyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InterventionCreateBody"]["status"]> = ["planned", "active", "completed", "cancelled"];
export const interventionPatchBodyTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InterventionPatchBody"]["type"]> = ["praktik", "arbetstraning", "utbildning", "jobbspar", "subsidised_employment", "municipal_employment", "study_guidance", "coaching"];
export const interventionPatchBodyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InterventionPatchBody"]["status"]> = ["planned", "active", "completed", "cancelled"];
export const journalAmendBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JournalAmendBody"]["kind"]> = ["note", "meeting", "phone", "employer_contact", "other"];
export const journalCreateBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JournalCreateBody"]["kind"]> = ["note", "meeting", "phone", "employer_contact", "other"];
export const journalEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JournalEntry"]["kind"]> = ["note", "meeting", "phone", "employer_contact", "other"];
export const koladaComparisonSeriesRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KoladaComparison"]["series"]["role"]> = ["own", "similar", "groupAverage", "county", "country"];
export const koladaComparisonSeriesSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KoladaComparison"]["series"]["source"]> = ["Kolada"];
export const koladaComparisonSeriesValuesSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KoladaComparison"]["series"]["values"]["source"]> = ["Kolada"];
export const koladaReportKpisUnitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KoladaReport"]["kpis"]["unit"]> = ["count", "percent"];
export const languageLevelScaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LanguageLevel"]["scale"]> = ["sfi", "sas", "cefr"];
export const liaisonListItemsRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LiaisonList"]["items"]["role"]> = ["liaison", "manager"];
export const municipalitiesSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Municipalities"]["source"]> = ["csv", "default"];
export const needOpenToTargetGroupsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NeedOpenTo"]["targetGroups"]> = ["young", "long_term_unemployed", "newly_arrived", "disability", "income_support"];
export const outcomeGoalBodyDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomeGoalBody"]["direction"]> = ["at_least", "at_most"];
export const outcomeGoalsGoalsDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomeGoals"]["goals"]["direction"]> = ["at_least", "at_most"];
export const outcomeGoalsGoalsHistoryToDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomeGoals"]["goals"]["history"]["toDirection"]> = ["at_least", "at_most"];
export const participantDetailPersonnummerKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantDetail"]["personnummerKind"]> = ["personnummer", "samordningsnummer"];
export const participantDetailRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantDetail"]["relationship"]> = ["current", "former"];
export const participantListItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantListItem"]["status"]> = ["active", "exited"];
export const participantProfileShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantProfile"]["shifts"]> = ["day", "evening", "night"];
export const participantProfileAdaptationsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantProfile"]["adaptations"]> = ["working_time.part_time", "working_time.flexible_hours", "working_time.no_night_shifts", "working_time.extra_breaks", "physical.no_heavy_lifting", "physical.seated_work", "physical.accessible_workplace", "physical.no_standing_all_day", "environment.quiet", "environment.clear_instructions", "environment.supervisor_support", "environment.scent_free"];
export const participantProfilePatchShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantProfilePatch"]["shifts"]> = ["day", "evening", "night"];
export const participantProfilePatchAdaptationsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantProfilePatch"]["adaptations"]> = ["working_time.part_time", "working_time.flexible_hours", "working_time.no_night_shifts", "working_time.extra_breaks", "physical.no_heavy_lifting", "physical.seated_work", "physical.accessible_workplace", "physical.no_standing_all_day", "environment.quiet", "environment.clear_instructions", "environment.supervisor_support", "environment.scent_free"];
export const passwordLinkPurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PasswordLink"]["purpose"]> = ["invite", "reset"];
export const passwordLinkInfoPurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PasswordLinkInfo"]["purpose"]> = ["invite", "reset"];
export const placementBodyKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlacementBody"]["kind"]> = ["unsubsidised", "subsidised", "municipal_labour_market"];
export const planPutBodyGoalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanPutBody"]["goal"]> = ["work", "studies"];
export const planPutBodyStepsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanPutBody"]["steps"]["status"]> = ["proposed", "planned", "in_progress", "done", "cancelled"];
export const planVersionGoalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanVersion"]["goal"]> = ["work", "studies"];
export const planVersionStepsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanVersion"]["steps"]["status"]> = ["proposed", "planned", "in_progress", "done", "cancelled"];
export const recruitmentNeedStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeed"]["status"]> = ["received", "open", "presented", "filled", "closed"];
export const recruitmentNeedSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeed"]["source"]> = ["staff", "public_form"];
export const recruitmentNeedShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeed"]["shifts"]> = ["day", "evening", "night"];
export const recruitmentNeedCreateBodyShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeedCreateBody"]["shifts"]> = ["day", "evening", "night"];
export const recruitmentNeedHistoryItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeedHistoryItem"]["kind"]> = ["created", "updated", "status"];
export const recruitmentNeedInputShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeedInput"]["shifts"]> = ["day", "evening", "night"];
export const recruitmentNeedPatchBodyShiftsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeedPatchBody"]["shifts"]> = ["day", "evening", "night"];
export const recruitmentNeedStatusBodyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecruitmentNeedStatusBody"]["status"]> = ["received", "open", "presented", "filled", "closed"];
export const referenceVersionTaxonomySourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferenceVersion"]["taxonomy"]["source"]> = ["jobtech", "default"];
export const referenceVersionGeographySourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferenceVersion"]["geography"]["source"]> = ["csv", "default"];
export const sessionUserRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionUser"]["role"]> = ["admin", "manager", "coach", "liaison"];
export const shortlistEntryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ShortlistEntry"]["status"]> = ["considered", "contacted", "relevant", "presented", "interview", "hired", "not_relevant", "declined"];
export const shortlistEntryConsentFieldsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ShortlistEntry"]["consent"]["fields"]> = ["name", "contact", "profile", "references"];
export const shortlistStatusBodyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ShortlistStatusBody"]["status"]> = ["considered", "contacted", "relevant", "presented", "interview", "hired", "not_relevant", "declined"];
export const statisticsBreakdownsKeyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Statistics"]["breakdowns"]["key"]> = ["unit", "coach", "ageBand", "education", "withoutWork", "incomeSupport", "interventionType"];
export const taxonomyConceptKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaxonomyConcept"]["kind"]> = ["occupation", "skill", "ssyk", "credential", "language"];
export const taxonomySearchResultKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaxonomySearchResult"]["kind"]> = ["occupation", "skill", "ssyk", "credential", "language"];
export type operations = Record<string, never>;

/** The longest text (in UTF-16 code units, as the server counts) each field of a schema takes. */
export const maxLengths = {
    "AccountCreateBody": {
        "displayName": 200
    },
    "AccountPatchBody": {
        "displayName": 200
    },
    "AgreementBody": {
        "signedBy": 200,
        "note": 2000
    },
    "CoachAssignmentBody": {
        "reason": 500
    },
    "ContactLogBody": {
        "note": 4000,
        "nextStep": 500
    },
    "ContactLogPatchBody": {
        "nextStep": 500
    },
    "ContactPersonBody": {
        "name": 200,
        "role": 200,
        "phone": 40,
        "email": 200
    },
    "DistanceRequest": {
        "from": 20,
        "to": 20
    },
    "EmployerAnswerBody": {
        "note": 2000
    },
    "EmployerCreateBody": {
        "name": 200,
        "organisationsnummer": 20,
        "industry": 200,
        "address": 200
    },
    "EmployerPatchBody": {
        "name": 200,
        "organisationsnummer": 20,
        "industry": 200,
        "address": 200
    },
    "ExitBody": {
        "employment.employerName": 200,
        "employment.occupationId": 200,
        "studies.provider": 200,
        "note": 2000
    },
    "ExitCorrectionBody": {
        "employment.employerName": 200,
        "employment.occupationId": 200,
        "studies.provider": 200,
        "note": 2000,
        "reason": 1000
    },
    "FollowUpCancelBody": {
        "reason": 1000
    },
    "FollowUpCreateBody": {
        "purpose": 1000
    },
    "FollowUpPatchBody": {
        "purpose": 1000,
        "reason": 1000,
        "outcome": 4000
    },
    "IdentityCorrectionBody": {
        "firstName": 100,
        "lastName": 100,
        "personnummer": 20,
        "reason": 1000
    },
    "IntakeBody": {
        "personnummer": 20,
        "firstName": 100,
        "lastName": 100,
        "profile.occupations.id": 200,
        "profile.wishedOccupations": 200,
        "profile.interests": 200,
        "profile.interestsNote": 2000,
        "profile.skills": 200,
        "profile.licences": 40,
        "profile.languages.code": 60,
        "profile.languages.level": 40,
        "profile.educations.title": 200,
        "profile.adaptationsNote": 1000
    },
    "IntakeCheckBody": {
        "personnummer": 20
    },
    "InterventionCreateBody": {
        "title": 200,
        "provider": 200,
        "occupationId": 200,
        "goals": 2000
    },
    "InterventionPatchBody": {
        "title": 200,
        "provider": 200,
        "occupationId": 200,
        "goals": 2000
    },
    "JournalAmendBody": {
        "text": 10000,
        "reason": 1000
    },
    "JournalCreateBody": {
        "text": 10000
    },
    "LoginBody": {
        "username": 100,
        "password": 200
    },
    "MunicipalitySettingsBody": {
        "displayName": 100
    },
    "NeedCheckTextBody": {
        "title": 200,
        "description": 5000
    },
    "NeedOpenTo": {
        "adaptations": 60
    },
    "NeedSuggestionsBody": {
        "text": 5000
    },
    "OutcomeGoalBody": {
        "reason": 500
    },
    "ParticipantContact": {
        "phone": 40,
        "email": 200,
        "address": 200,
        "preferredLanguage": 40
    },
    "ParticipantPatchBody": {
        "firstName": 100,
        "lastName": 100
    },
    "ParticipantProfile": {
        "occupations.id": 200,
        "wishedOccupations": 200,
        "interests": 200,
        "interestsNote": 2000,
        "skills": 200,
        "licences": 40,
        "languages.code": 60,
        "languages.level": 40,
        "educations.title": 200,
        "adaptationsNote": 1000
    },
    "ParticipantProfilePatch": {
        "occupations.id": 200,
        "wishedOccupations": 200,
        "interests": 200,
        "interestsNote": 2000,
        "skills": 200,
        "licences": 40,
        "languages.code": 60,
        "languages.level": 40,
        "educations.title": 200,
        "adaptationsNote": 1000
    },
    "ParticipantSearchBody": {
        "query": 100
    },
    "PasswordChangeBody": {
        "currentPassword": 200,
        "newPassword": 200
    },
    "PasswordLinkTokenBody": {
        "token": 200
    },
    "PasswordLinkUseBody": {
        "token": 200,
        "newPassword": 200
    },
    "PlanPutBody": {
        "goalDescription": 2000,
        "goalOccupationId": 200,
        "steps.title": 200,
        "steps.description": 2000
    },
    "PlanVersion": {
        "steps.title": 200
    },
    "PublicNeedBody": {
        "organisationName": 200,
        "organisationsnummer": 20,
        "contactName": 200,
        "email": 200,
        "phone": 40,
        "description": 5000,
        "title": 200,
        "occupationId": 200,
        "skills": 200,
        "licences": 40,
        "website": 500
    },
    "RecruitmentNeedCreateBody": {
        "title": 200,
        "description": 5000,
        "occupationId": 200,
        "requiredSkills": 200,
        "meritSkills": 200,
        "licences": 40,
        "languages.code": 60,
        "languages.level": 40,
        "hours": 200
    },
    "RecruitmentNeedInput": {
        "id": 100
    },
    "RecruitmentNeedPatchBody": {
        "title": 200,
        "description": 5000,
        "occupationId": 200,
        "requiredSkills": 200,
        "meritSkills": 200,
        "licences": 40,
        "languages.code": 60,
        "languages.level": 40,
        "hours": 200
    },
    "RecruitmentNeedStatusBody": {
        "reason": 1000
    },
    "ShortlistAddBody": {
        "note": 1000
    },
    "ShortlistStatusBody": {
        "reason": 1000
    },
    "UnitCreateBody": {
        "name": 100
    },
    "UnitPatchBody": {
        "name": 100
    },
    "WorkplaceBody": {
        "name": 200,
        "address": 200
    }
} as const;
