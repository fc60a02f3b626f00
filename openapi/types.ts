/**
 * GENERATED FILE, DO NOT EDIT.
 * Made by scripts/openapi-generate.ts (openapi-typescript) from openapi/sage-mock.openapi.yaml.
 * Change the document, then run `npm run openapi:generate`; `npm run openapi:check` fails while
 * this file is stale.
 */

export interface paths {
    "/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The businesses the user owns or is invited to
         * @description Not paged; the envelope spells `$items_per_page`, as Sage's example does.
         */
        get: operations["listBusinesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's lead business
         * @description The business requests without `X-Business` are routed to.
         */
        get: operations["getLeadBusiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One business the user can reach */
        get: operations["getBusiness"];
        /** Change a business's name, address or contact numbers */
        put: operations["updateBusiness"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user the access token was issued to */
        get: operations["getUser"];
        /** Change the user's names, initials or locale */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacts of the business
         * @description `sort` accepts `name`, `reference`, `email`, `created_at`, `updated_at`.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a customer, a vendor, or both
         * @description Without a `reference` one is made from the name and a counter, unique in the business.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One contact, with all attributes */
        get: operations["getContact"];
        /** Change a contact */
        put: operations["updateContact"];
        post?: never;
        /**
         * Delete a contact without transactions
         * @description The deletion is remembered for `deleted_since`. A contact with transactions gets 422.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chart of accounts
         * @description `sort` accepts `nominal_code`, `name`, `created_at`, `updated_at`.
         */
        get: operations["listLedgerAccounts"];
        put?: never;
        /** Add an account to the chart */
        post: operations["createLedgerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_accounts/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One ledger account */
        get: operations["getLedgerAccount"];
        /** Change a ledger account */
        put: operations["updateLedgerAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tax rates of the business's country
         * @description GB and IE ids are mnemonic (`GB_STANDARD`); US and CA ids are 32-hex ids that differ per
         *     business. `sort` accepts `name`, `percentage`, `created_at`, `updated_at`.
         */
        get: operations["listTaxRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_rates/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One tax rate */
        get: operations["getTaxRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bank accounts of the business
         * @description `sort` accepts `nominal_code`, `created_at`, `updated_at`.
         */
        get: operations["listBankAccounts"];
        put?: never;
        /** Open a bank account (and its ledger account) */
        post: operations["createBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One bank account */
        get: operations["getBankAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CUSTOMER and VENDOR */
        get: operations["listContactTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact type */
        get: operations["getContactType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SALES, BANK, CURRENT_ASSETS and the other account types */
        get: operations["listLedgerAccountTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ledger account type */
        get: operations["getLedgerAccountType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artefact_statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DRAFT, UNPAID, PAID and the other invoice statuses */
        get: operations["listArtefactStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/artefact_statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One artefact status */
        get: operations["getArtefactStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transaction_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SALES_INVOICE, CUSTOMER_RECEIPT and the other transaction types */
        get: operations["listTransactionTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transaction_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transaction type */
        get: operations["getTransactionType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_account_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CHECKING, SAVINGS and the other bank account types */
        get: operations["listBankAccountTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_account_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank account type */
        get: operations["getBankAccountType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The currencies list */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the currencies list */
        get: operations["getCurrenciesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The countries list */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the countries list */
        get: operations["getCountriesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/country_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The country groups list */
        get: operations["listCountryGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/country_groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the country groups list */
        get: operations["getCountryGroupsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment methods list */
        get: operations["listPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment_methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the payment methods list */
        get: operations["getPaymentMethodsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The address types list */
        get: operations["listAddressTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the address types list */
        get: operations["getAddressTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_person_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact person types list */
        get: operations["listContactPersonTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_person_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the contact person types list */
        get: operations["getContactPersonTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachment_context_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attachment context types list */
        get: operations["listAttachmentContextTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachment_context_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the attachment context types list */
        get: operations["getAttachmentContextTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog_item_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog item types list */
        get: operations["listCatalogItemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog_item_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the catalog item types list */
        get: operations["getCatalogItemTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quick_entry_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quick entry types list */
        get: operations["listQuickEntryTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quick_entry_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the quick entry types list */
        get: operations["getQuickEntryTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eu_goods_services_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eu goods services types list */
        get: operations["listEuGoodsServicesTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eu_goods_services_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the eu goods services types list */
        get: operations["getEuGoodsServicesTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eu_sales_descriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eu sales descriptions list */
        get: operations["listEuSalesDescriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eu_sales_descriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the eu sales descriptions list */
        get: operations["getEuSalesDescriptionsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_opening_balance_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact opening balance types list */
        get: operations["listContactOpeningBalanceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_opening_balance_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the contact opening balance types list */
        get: operations["getContactOpeningBalanceTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal_code_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journal code types list */
        get: operations["listJournalCodeTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal_code_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the journal code types list */
        get: operations["getJournalCodeTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/corrective_reason_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The corrective reason codes list */
        get: operations["listCorrectiveReasonCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/corrective_reason_codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the corrective reason codes list */
        get: operations["getCorrectiveReasonCodesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger account classifications list */
        get: operations["listLedgerAccountClassifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_classifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the ledger account classifications list */
        get: operations["getLedgerAccountClassificationsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business types list */
        get: operations["listBusinessTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the business types list */
        get: operations["getBusinessTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_return_frequencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax return frequencies list */
        get: operations["listTaxReturnFrequencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_return_frequencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the tax return frequencies list */
        get: operations["getTaxReturnFrequenciesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The address regions list */
        get: operations["listAddressRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the address regions list */
        get: operations["getAddressRegionsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_activity_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business activity types list */
        get: operations["listBusinessActivityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_activity_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the business activity types list */
        get: operations["getBusinessActivityTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal_form_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal form types list */
        get: operations["listLegalFormTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal_form_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the legal form types list */
        get: operations["getLegalFormTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries_of_registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The countries of registration list */
        get: operations["listCountriesOfRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries_of_registration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the countries of registration list */
        get: operations["getCountriesOfRegistrationItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax offices list */
        get: operations["listTaxOffices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the tax offices list */
        get: operations["getTaxOfficesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax schemes list */
        get: operations["listTaxSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_schemes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the tax schemes list */
        get: operations["getTaxSchemesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax types list */
        get: operations["listTaxTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the tax types list */
        get: operations["getTaxTypesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coa_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coa templates list */
        get: operations["listCoaTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coa_templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the coa templates list */
        get: operations["getCoaTemplatesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exchange rates list */
        get: operations["listExchangeRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange_rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the exchange rates list */
        get: operations["getExchangeRatesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live_exchange_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live exchange rates list */
        get: operations["listLiveExchangeRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live_exchange_rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the live exchange rates list */
        get: operations["getLiveExchangeRatesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coa_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coa accounts list */
        get: operations["listCoaAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coa_accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of the coa accounts list */
        get: operations["getCoaAccountsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/financial_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's financial settings */
        get: operations["getFinancialSettings"];
        /** Change the business's financial settings */
        put: operations["updateFinancialSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoice_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's invoice settings */
        get: operations["getInvoiceSettings"];
        /** Change the business's invoice settings */
        put: operations["updateInvoiceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's business settings */
        get: operations["getBusinessSettings"];
        /** Change the business's business settings */
        put: operations["updateBusinessSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cis_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's cis settings */
        get: operations["getCisSettings"];
        /** Change the business's cis settings */
        put: operations["updateCisSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datev_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's datev settings */
        get: operations["getDatevSettings"];
        /** Change the business's datev settings */
        put: operations["updateDatevSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email_settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's email settings */
        get: operations["getEmailSettings"];
        /** Change the business's email settings */
        put: operations["updateEmailSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migrations": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        /** The business's migrations */
        get: operations["getMigrations"];
        /** Change the business's migrations */
        put: operations["updateMigrations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The addresses of the business */
        get: operations["listAddresses"];
        put?: never;
        /** Create one */
        post: operations["createAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/addresses/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getAddress"];
        /** Change one */
        put: operations["updateAddress"];
        post?: never;
        /** Delete one */
        delete: operations["deleteAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact persons of the business */
        get: operations["listContactPersons"];
        put?: never;
        /** Create one */
        post: operations["createContactPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_persons/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getContactPerson"];
        /** Change one */
        put: operations["updateContactPerson"];
        post?: never;
        /** Delete one */
        delete: operations["deleteContactPerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_exchange_rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business exchange rates of the business */
        get: operations["listBusinessExchangeRates"];
        put?: never;
        /** Create one */
        post: operations["createBusinessExchangeRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business_exchange_rates/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getBusinessExchangeRate"];
        /** Change one */
        put: operations["updateBusinessExchangeRate"];
        post?: never;
        /** Delete one */
        delete: operations["deleteBusinessExchangeRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax profiles of the business */
        get: operations["listTaxProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_profiles/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getTaxProfile"];
        /** Change one */
        put: operations["updateTaxProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attachments of the business */
        get: operations["listAttachments"];
        put?: never;
        /** Upload a file (base64 in the JSON body) */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One attachment */
        get: operations["getAttachment"];
        /** Change the description, name, visibility or file */
        put: operations["updateAttachment"];
        post?: never;
        /** Delete an attachment */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/file": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** The file: its bytes with `Accept: application/octet-stream`, else the attachment's JSON (*guess*) */
        get: operations["getAttachmentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/product_sales_price_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product sales price types of the business */
        get: operations["listProductSalesPriceTypes"];
        put?: never;
        /** Create one */
        post: operations["createProductSalesPriceType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/product_sales_price_types/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getProductSalesPriceType"];
        /** Change one */
        put: operations["updateProductSalesPriceType"];
        post?: never;
        /** Delete one */
        delete: operations["deleteProductSalesPriceType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service_rate_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service rate types of the business */
        get: operations["listServiceRateTypes"];
        put?: never;
        /** Create one */
        post: operations["createServiceRateType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service_rate_types/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getServiceRateType"];
        /** Change one */
        put: operations["updateServiceRateType"];
        post?: never;
        /** Delete one */
        delete: operations["deleteServiceRateType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analysis_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The analysis types of the business */
        get: operations["listAnalysisTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analysis_types/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getAnalysisType"];
        /** Change one */
        put: operations["updateAnalysisType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analysis_type_categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The analysis type categories of the business */
        get: operations["listAnalysisTypeCategories"];
        put?: never;
        /** Create one */
        post: operations["createAnalysisTypeCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analysis_type_categories/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getAnalysisTypeCategory"];
        /** Change one */
        put: operations["updateAnalysisTypeCategory"];
        post?: never;
        /** Delete one */
        delete: operations["deleteAnalysisTypeCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hosted_artefact_payment_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hosted artefact payment settings of the business */
        get: operations["listHostedArtefactPaymentSettings"];
        put?: never;
        /** Create one */
        post: operations["createHostedArtefactPaymentSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hosted_artefact_payment_settings/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getHostedArtefactPaymentSetting"];
        put?: never;
        post?: never;
        /** Delete one */
        delete: operations["deleteHostedArtefactPaymentSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bank reconciliations of the business */
        get: operations["listBankReconciliations"];
        put?: never;
        /** Create one */
        post: operations["createBankReconciliation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_reconciliations/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getBankReconciliation"];
        /** Change one */
        put: operations["updateBankReconciliation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migration_tax_returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The migration tax returns of the business */
        get: operations["listMigrationTaxReturns"];
        put?: never;
        /** Create one */
        post: operations["createMigrationTaxReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/migration_tax_returns/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One record */
        get: operations["getMigrationTaxReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax_determinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax rates that apply (the business's visible tax rates) */
        get: operations["listTaxDeterminations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_accounts/{id}/bank_feed": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** The bank feed of a bank account: none is connected in the mock (404, *guess*) */
        get: operations["getBankFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales invoices of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`. Void invoices stay listed and are also listed by `deleted_since`.
         */
        get: operations["listSalesInvoices"];
        put?: never;
        /**
         * Raise an invoice to a customer
         * @description Totals are computed from the lines. Status on create is UNPAID (the default), DRAFT or
         *     PRO_FORMA; UNPAID invoices are numbered `SI-1`, `SI-2`, ... per business, drafts `SI-DRAFT`.
         *     A contact that is not a customer gets 422 "can't find customer".
         */
        post: operations["createSalesInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_invoices/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One sales invoice */
        get: operations["getSalesInvoice"];
        /** Change a sales invoice */
        put: operations["updateSalesInvoice"];
        post?: never;
        /**
         * Void a sales invoice
         * @description Deleting a sales invoice voids it (status VOID) and answers the voided invoice. A reason is
         *     required unless the invoice is a draft; an invoice with payments or allocations cannot be voided.
         */
        delete: operations["voidSalesInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_invoices/{id}/release": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a draft or pro-forma into an UNPAID, numbered invoice */
        post: operations["releaseSalesInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchase invoices of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`.
         */
        get: operations["listPurchaseInvoices"];
        put?: never;
        /**
         * Record an invoice from a vendor
         * @description A contact that is not a vendor gets 422.
         */
        post: operations["createPurchaseInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_invoices/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One purchase invoice */
        get: operations["getPurchaseInvoice"];
        /** Change a purchase invoice */
        put: operations["updatePurchaseInvoice"];
        post?: never;
        /**
         * Delete a purchase invoice that has no payments
         * @description Unlike a sales invoice, a purchase invoice is really deleted (and remembered for `deleted_since`).
         */
        delete: operations["deletePurchaseInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_invoices/{id}/release": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a draft purchase invoice (status UNPAID) */
        post: operations["releasePurchaseInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receipts, payments and refunds
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listContactPayments"];
        put?: never;
        /**
         * Record a receipt, payment or refund and what it pays
         * @description Allocations lower the outstanding amount of each artefact and move its status to PART_PAID
         *     or PAID. Whatever is not allocated becomes a payment on account. Paying a paid invoice gets
         *     422 "You can only pay unpaid or part-paid invoices."
         */
        post: operations["createContactPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_payments/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One contact payment */
        get: operations["getContactPayment"];
        put?: never;
        post?: never;
        /** Delete a payment and undo its allocations */
        delete: operations["deleteContactPayment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allocations between artefacts of one contact
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listContactAllocations"];
        put?: never;
        /**
         * Allocate invoices, credits and payments on account of one contact against each other
         * @description The allocated amounts must sum to zero.
         */
        post: operations["createContactAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_allocations/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One contact allocation */
        get: operations["getContactAllocation"];
        put?: never;
        post?: never;
        /** Delete an allocation and restore the outstanding amounts */
        delete: operations["deleteContactAllocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journals of the business */
        get: operations["listJournals"];
        put?: never;
        /**
         * Post a balanced journal
         * @description Debits must equal credits exactly (decimal arithmetic, so `0.1` + `0.2` balances `0.3`);
         *     each line carries a debit or a credit, not both. Journals cannot be changed (no PUT: 405);
         *     reissue one instead.
         */
        post: operations["createJournal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journals/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** One journal */
        get: operations["getJournal"];
        put?: never;
        post?: never;
        /** Delete a journal and its postings */
        delete: operations["deleteJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journals/{id}/reissue": {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a journal with a new one
         * @description The old journal is removed (its postings reversed, and listed by `deleted_since`) and a new
         *     one is created from it, with whatever the optional body changes.
         */
        post: operations["reissueJournal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/auth/central": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start an authorization (consent page)
         * @description Shows the consent page, where a person picks a seeded user and allows or denies. Allow
         *     redirects to `redirect_uri?code=<REGION>%2F<code>&country=<CC>&state=...`; the code is
         *     single use and expires after 60 s of clock time. Errors other than an unknown client or
         *     redirect URI go to the callback as `error=...&state=...`. An unknown client or a redirect
         *     URI that is not registered exactly (case-sensitive) gets an error page, never a redirect.
         */
        get: operations["authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/auth/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The consent page's form (the mock's own page)
         * @description The authorization request travels in hidden fields and is checked again from scratch. Allow
         *     needs a chosen account (`user_id`) or an `email`; without one the page comes back with 422.
         */
        post: operations["consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code, or rotate a refresh token
         * @description Client credentials come as form fields or as HTTP Basic (`Authorization: Basic
         *     base64(client_id:client_secret)`). Every refresh answers a new access
         *     token and a new refresh token; every older refresh token of the chain is then dead
         *     (`invalid_grant`), used or not. Access tokens live 300 s, refresh tokens 31 days.
         *     The success body has Sage's keys in Sage's order.
         */
        post: operations["token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token's chain
         * @description The whole chain is dead afterwards; access tokens already issued live out their 300 s.
         */
        post: operations["revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Throw the world away and seed a new one
         * @description The same seed gives the same world, byte for byte. A frozen clock returns to its start.
         */
        post: operations["mockReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/world": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, apps (with secrets), businesses and lead businesses */
        get: operations["mockWorld"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A token pair for a user of an app, without the browser flow
         * @description Answers exactly what `POST /token` would.
         */
        post: operations["mockMintToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mock's clock */
        get: operations["mockClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the clock forward */
        post: operations["mockAdvanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the clock to a date-time */
        post: operations["mockSetClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every exchange the mock saw, oldest first, filtered
         * @description Control-plane calls are not recorded. The journal is bounded; the oldest entries fall off.
         */
        get: operations["mockJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/users/{id}/lead_business": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change which business a user's requests fall back to */
        put: operations["mockSetLeadBusiness"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a business for a user (an invited-only user's first own business becomes their lead) */
        post: operations["mockCreateBusiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/businesses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a business; users whose lead business it was move to their next one */
        delete: operations["mockDeleteBusiness"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/businesses/{id}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn a business's subscription on or off (off -> 401 "No active subscription. (MSE)") */
        put: operations["mockSetSubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/businesses/{id}/trial_balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business's trial balance, from the double-entry postings underneath
         * @description Debits and credits of every posted invoice, payment and journal; the totals always agree.
         */
        get: operations["mockTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an app (client id, secret, redirect URIs) */
        post: operations["mockRegisterApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/apps/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an app; its tokens stop working at once */
        delete: operations["mockRemoveApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A connected tenant in one call (user and app), answered with a token pair
         * @description Answers exactly what `POST /token` would after the browser flow.
         */
        post: operations["mockConnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/oauth/preapprove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the next authorizations of a client as a user, without the page */
        post: operations["mockPreapprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/oauth/preapprovals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-approvals in force */
        get: operations["mockPreapprovals"];
        put?: never;
        post?: never;
        /** Clear pre-approvals (all, or one client's) */
        delete: operations["mockClearPreapprovals"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refresh-token chains (one per authorization) */
        get: operations["mockChains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/chains/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kill a chain, as POST /revoke would */
        post: operations["mockRevokeChain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/tokens/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an access token expire now (the next API call with it is 401) */
        post: operations["mockExpireToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Limits and each app's counts */
        get: operations["mockLimits"];
        /** Change the default limits, one app's limits or today's count, or the 429 headers */
        put: operations["mockSetLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/latches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latches and how many requests each holds */
        get: operations["mockLatches"];
        put?: never;
        /**
         * Hold matching requests inside the pipeline until released
         * @description Control-plane requests are never held.
         */
        post: operations["mockCreateLatch"];
        /** Release every latch */
        delete: operations["mockReleaseLatches"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/latches/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer once this many requests wait at the latch (real time, bounded) */
        post: operations["mockWaitLatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/latches/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let the held requests go on */
        post: operations["mockReleaseLatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/idempotency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The idempotency ids remembered now */
        get: operations["mockIdempotency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active scenario, each step's counts and what remains, and the faults fired */
        get: operations["mockScenario"];
        /**
         * Apply a chaos scenario (replacing the active one)
         * @description The body is a scenario as `scenarios/scenario.schema.json` describes it (the same shape as a
         *     YAML scenario file, in JSON). A scenario that does not validate, names a fault type that does
         *     not exist, or has a step that can never match is refused with a 422 naming each field at
         *     fault, and the active scenario stays. Clock steps already due fire before the answer.
         */
        put: operations["mockApplyScenario"];
        post?: never;
        /** Remove the active scenario */
        delete: operations["mockClearScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A record id as Sage makes them, 32 lowercase hex characters. */
        Id: string;
        /** @description A record's path below the API base, without `/v3.1`. */
        Path: string;
        /** @description The path of the next or previous page, without `/v3.1`, keeping the other query parameters. */
        PageLink: string | null;
        /**
         * Format: date-time
         * @description ISO 8601 date-time in UTC, whole seconds (`2026-01-05T09:00:00Z`).
         */
        Timestamp: string;
        /**
         * Format: date-time
         * @description A timestamp, or null (`deleted_at` of a record that still exists).
         */
        NullableTimestamp: string | null;
        /** Format: date */
        Date: string;
        /** @description An amount as a decimal string with at least one decimal place (`"110.0"`, `"-0.03"`). */
        Money: string;
        /** @description A decimal string (quantities, percentages). */
        Decimal: string;
        /**
         * @description An amount in a request, as a number or a numeric string; read as an exact decimal. Its
         *     absolute value must be under 10^13 [guess]; a value kept as sent (unit price, quantity,
         *     discount percentage) has at most 20 significant digits, an amount rounded to the currency's
         *     minor unit (debits, credits, payments, allocations, discount and tax amounts) any number.
         */
        MoneyInput: string | number;
        /**
         * @description A client-chosen key, 32 hex characters without hyphens, inside the resource namespace of a
         *     POST or PUT body. A repeat within 7 days answers the first result again and changes nothing;
         *     the same id on another resource type gets 422 `IdempotencyResourceMismatch`. The mock's own
         *     choices [guess]: ids are remembered per business; the same id with a different body answers
         *     the first result (an option answers 422 `IdempotencyBodyMismatch` instead); a first attempt
         *     refused with a 4xx is replayed as that refusal.
         */
        IdempotencyId: string;
        /** @description A reference to a record (`{id, displayed_as, $path}`); reference-list items have this shape too. */
        Link: {
            id: string;
            displayed_as: string;
            $path: components["schemas"]["Path"];
        };
        NullableLink: components["schemas"]["Link"] | null;
        /** @enum {string} */
        CountryCode: "GB" | "IE" | "US" | "CA" | "FR" | "ES" | "DE";
        /** @enum {string} */
        Scope: "full_access" | "readonly";
        /** @enum {string} */
        VisibleIn: "sales" | "expenses" | "journals" | "banking" | "other_payments" | "other_receipts" | "reporting";
        /** @enum {string} */
        ArtefactStatusId: "DRAFT" | "PRO_FORMA" | "UNPAID" | "PART_PAID" | "PAID" | "VOID" | "DISPUTED";
        /** @enum {string} */
        LedgerAccountTypeId: "SALES" | "OTHER_INCOME" | "DIRECT_EXPENSES" | "OVERHEADS" | "DEPRECIATION" | "CURRENT_ASSETS" | "FIXED_ASSETS" | "FUTURE_ASSETS" | "BANK" | "CURRENT_LIABILITY" | "FUTURE_LIABILITY" | "EQUITY" | "LINE_OF_CREDIT";
        /** @enum {string} */
        BankAccountTypeId: "CHECKING" | "SAVINGS" | "CASH_IN_HAND" | "CREDIT_CARD" | "LOAN" | "OTHER";
        /** @enum {string} */
        PaymentTransactionType: "CUSTOMER_RECEIPT" | "CUSTOMER_REFUND" | "VENDOR_PAYMENT" | "VENDOR_REFUND";
        /** @enum {string} */
        AllocationTransactionType: "CUSTOMER_ALLOCATION" | "VENDOR_ALLOCATION";
        /** @description One error of the array the API answers with. */
        SageError: {
            /** @constant */
            $severity: "error";
            /** @description A stable code (`RecordInvalid`, `MultiUserAccessDenied`, `AuthorizationFailure`, ...). */
            $dataCode: string;
            $message: string;
            /** @description The field at fault (`base` for the record as a whole), or empty. */
            $source: string;
        };
        /** @description Every API and control-plane error body. */
        SageErrors: components["schemas"]["SageError"][];
        /** @description An error of the token and revoke endpoints (RFC 6749 section 5.2). */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "access_denied" | "unsupported_response_type" | "server_error";
            error_description?: string;
        };
        /** @description How every list except `/businesses` is wrapped. */
        ListEnvelope: {
            /** @description Items matching, over all pages. */
            $total: number;
            /** @description This page's number. */
            $page: number;
            $next: components["schemas"]["PageLink"];
            $back: components["schemas"]["PageLink"];
            $itemsPerPage: number;
            $items: {
                [key: string]: unknown;
            }[];
        };
        ReferenceList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["ReferenceItem"][];
        };
        /** @description An item of a reference list, `exchange_rates` or `live_exchange_rates`; `attributes=all` (and a single GET) add the attributes Sage lists for it (`code`, `name`, `country`, `rate`...). */
        ReferenceItem: {
            id: string;
            displayed_as: string;
            $path: components["schemas"]["Path"];
        };
        /** @description One business's settings; every field Sage lists for the resource is present (null when unset). */
        Settings: {
            $path: components["schemas"]["Path"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description `{"<resource>": {...}}`: the writable fields Sage lists; a reference is written as `<field>_id`. */
        SettingsUpdate: {
            [key: string]: Record<string, never>;
        };
        BusinessExchangeRate: {
            /** @description The currency code. */
            id: string;
            /** @description "BASE/CODE". */
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            rate: components["schemas"]["Money"];
            inverse_rate: components["schemas"]["Money"];
            base_currency: components["schemas"]["Link"];
            currency: components["schemas"]["Link"];
            legacy_id?: null;
        };
        BusinessExchangeRateWrite: {
            business_exchange_rate: {
                /** @description Required on POST. */
                currency_id?: string;
                rate?: components["schemas"]["MoneyInput"];
                inverse_rate?: components["schemas"]["MoneyInput"];
                base_currency_id?: string;
            };
        };
        TaxProfile: {
            /** @description The tax type's id. */
            id: string;
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            tax_type: components["schemas"]["Link"];
            tax_number: string;
            tax_number_suffix: string | null;
            collect_tax: boolean;
            tax_return_frequency: components["schemas"]["NullableLink"];
            address_region: {
                id: string;
                displayed_as: string;
                $path: components["schemas"]["Path"];
                code: string;
                name: string;
            } | null;
            legacy_id?: null;
        };
        TaxProfileUpdate: {
            tax_profile: {
                tax_number?: string;
                tax_number_suffix?: string;
                collect_tax?: boolean;
                /** @enum {string} */
                tax_return_frequency_id?: "MONTHLY" | "QUARTERLY" | "ANNUALLY";
                address_region?: {
                    code?: string;
                    name?: string;
                };
            };
        };
        Attachment: {
            id: components["schemas"]["Id"];
            /** @description The file name. */
            displayed_as: string;
            $path: components["schemas"]["Path"];
            /** @description Where the file is: `/attachments/{id}/file`. */
            $file_path: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            deleted_at: components["schemas"]["Timestamp"] | null;
            /** @description Always null (*guess*): the bytes come from `GET /attachments/{id}/file`. */
            file: null;
            mime_type: string;
            description: string;
            file_extension: string;
            transaction: components["schemas"]["NullableLink"];
            file_size: number;
            file_name: string;
            attachment_context_type: components["schemas"]["NullableLink"];
            attachment_context: components["schemas"]["NullableLink"];
            is_public: boolean;
            legacy_id?: null;
        };
        AttachmentWrite: {
            attachment: {
                /** @description The file, base64 (required on POST); at most 2,621,440 bytes decoded. */
                file?: string;
                /** @description Required on POST. */
                file_name?: string;
                /** @description Required on POST. */
                mime_type?: string;
                description?: string;
                file_extension?: string;
                file_size?: number;
                transaction_id?: string;
                /** @description An id of `/attachment_context_types` (`SALES_INVOICE`, `CONTACT`, ...). */
                attachment_context_type_id?: string;
                /** @description The record of that type the file is attached to. */
                attachment_context_id?: string;
                is_public?: boolean;
            };
        };
        /** @description A record of one of the business's own lists: price and rate types (`name`, `active`), analysis types (`name`, `active_areas`, `analysis_type_level`, `analysis_type_categories`), analysis type categories (`code`, `name`, `combined_id`, `analysis_type`), hosted payment settings (`object_guid`, `disable_payment`). */
        BusinessListRecord: {
            id: components["schemas"]["Id"];
            displayed_as: string;
            $path: components["schemas"]["Path"];
        };
        /** @description `{"<singular>": {...}}` with the fields of the list. */
        BusinessListWrite: {
            [key: string]: Record<string, never>;
        };
        /** @description A record of a small resource (bank reconciliations, migration tax returns): the common attributes and the fields Sage lists for it. */
        SimpleRecord: {
            id: components["schemas"]["Id"];
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        AddressWrite: {
            address: components["schemas"]["AddressFields"];
        };
        ContactPersonWrite: {
            contact_person: components["schemas"]["ContactPersonFields"];
        };
        Subscription: {
            /** @description The product, a mnemonic id (`ACCOUNTING`). */
            id: string;
            displayed_as: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description False: the API answers 401 "No active subscription. (MSE)" for this business. */
            active: boolean;
            /**
             * @description `paying` or `accountant_pays` while active; `cancelled` (*guess*) once lapsed.
             * @enum {string}
             */
            status: "paying" | "accountant_pays" | "cancelled";
        };
        Business: {
            id: components["schemas"]["Id"];
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            name: string;
            address_line_1: string;
            address_line_2: string;
            city: string;
            postal_code: string;
            country: components["schemas"]["Link"];
            region: string;
            telephone: string;
            mobile: string;
            website: string;
            is_demo: boolean;
            ni_based: boolean;
            subscriptions: components["schemas"]["Subscription"][];
        };
        /** @description `GET /businesses`: one unpaged envelope that spells `$items_per_page` (2147483647). */
        BusinessList: {
            $total: number;
            /** @constant */
            $page: 1;
            $next: null;
            $back: null;
            /** @constant */
            $items_per_page: 2147483647;
            $items: components["schemas"]["Business"][];
        };
        BusinessUpdate: {
            business: {
                name?: string;
                address_line_1?: string;
                address_line_2?: string;
                city?: string;
                region?: string;
                postal_code?: string;
                telephone?: string;
                mobile?: string;
                website?: string;
            };
        };
        User: {
            /** Format: uuid */
            id: string;
            displayed_as: string;
            /** @constant */
            $path: "/user";
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            first_name: string;
            last_name: string;
            initials: string;
            email: string;
            locale: string;
        };
        UserUpdate: {
            user: {
                first_name?: string;
                last_name?: string;
                initials?: string;
                /** @enum {string} */
                locale?: "en-GB" | "en-IE" | "en-US" | "es-US" | "en-CA" | "fr-CA" | "fr-FR" | "de-DE" | "es-ES";
            };
        };
        /** @description An address of a contact or bank account (`/addresses`); a contact embeds its main and delivery addresses. */
        Address: {
            id: components["schemas"]["Id"];
            /** @description The non-empty address lines, one per line. */
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            deleted_at: components["schemas"]["Timestamp"] | null;
            address_line_1: string;
            address_line_2: string;
            city: string;
            postal_code: string;
            region: string;
            country: components["schemas"]["NullableLink"];
            country_group: components["schemas"]["NullableLink"];
            bank_account: components["schemas"]["NullableLink"];
            contact: components["schemas"]["NullableLink"];
            address_type: components["schemas"]["Link"];
            name: string;
            is_main_address: boolean;
        };
        /** @description A person at an address of a contact (`/contact_persons`); a contact embeds its main contact person. */
        ContactPerson: {
            id: components["schemas"]["Id"];
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            deleted_at: components["schemas"]["Timestamp"] | null;
            contact_person_types: components["schemas"]["Link"][];
            name: string;
            job_title: string;
            telephone: string;
            mobile: string;
            email: string;
            fax: string;
            is_main_contact: boolean;
            is_preferred_contact: boolean;
            address: components["schemas"]["NullableLink"];
        };
        /** @description The writable fields of an address. Unknown fields are ignored. */
        AddressFields: {
            /** @enum {string} */
            address_type_id?: "DELIVERY" | "ACCOUNTS" | "SALES" | "PURCHASING";
            name?: string;
            is_main_address?: boolean;
            address_line_1?: string;
            address_line_2?: string;
            city?: string;
            postal_code?: string;
            region?: string;
            /** @description A country code of `/countries`; default the business's country. */
            country_id?: string;
            contact_id?: string;
            bank_account_id?: string;
        };
        /** @description The writable fields of a contact person. Unknown fields are ignored. */
        ContactPersonFields: {
            address_id?: string;
            name?: string;
            contact_person_type_ids?: ("ACCOUNTS" | "SALES" | "PURCHASING")[];
            job_title?: string;
            telephone?: string;
            mobile?: string;
            email?: string;
            fax?: string;
            is_main_contact?: boolean;
            is_preferred_contact?: boolean;
        };
        RecordList: components["schemas"]["ListEnvelope"] & {
            $items: Record<string, never>[];
        };
        /** @description Every attribute a contact can show; `Contact` and `ContactListItem` say which are always there. */
        ContactAttributes: {
            id?: components["schemas"]["Id"];
            /** @description "Name (REFERENCE)". */
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["Timestamp"] | null;
            contact_types?: components["schemas"]["Link"][];
            name?: string;
            reference?: string;
            default_sales_ledger_account?: components["schemas"]["Link"] | null;
            default_sales_tax_rate?: components["schemas"]["Link"] | null;
            default_purchase_ledger_account?: components["schemas"]["Link"] | null;
            tax_number?: string;
            notes?: string;
            locale?: string;
            main_address?: components["schemas"]["Address"] | null;
            delivery_address?: components["schemas"]["Address"] | null;
            main_contact_person?: components["schemas"]["ContactPerson"] | null;
            bank_account_details?: components["schemas"]["BankAccountDetails"];
            credit_limit?: components["schemas"]["Money"];
            credit_days?: number;
            /** @enum {string|null} */
            credit_terms?: "month_end_invoice" | "date_from_invoice" | "immediate_invoice" | "month_end_payment" | "date_from_payment" | "immediate_payment" | null;
            credit_terms_and_conditions?: string;
            product_sales_price_type?: components["schemas"]["NullableLink"];
            source_guid?: string | null;
            currency?: components["schemas"]["Link"];
            balance?: components["schemas"]["Money"];
            /** @description Read-only: the main contact person's email. */
            email?: string;
            aux_reference?: string;
            registered_number?: string;
            /** @description False once the contact has transactions. */
            deletable?: boolean;
            tax_treatment?: {
                home_tax: boolean;
                eu_tax_registered: boolean;
                eu_not_tax_registered: boolean;
                rest_of_world_tax: boolean;
                is_importer: boolean;
            };
            tax_calculation?: string | null;
            auxiliary_account?: string | null;
            gdpr_obfuscated?: boolean;
            system?: boolean;
            has_unfinished_recurring_invoices?: boolean;
            cis_registered?: boolean;
            ni_based?: boolean;
            is_active?: boolean;
            gb_based?: boolean;
            cis_settings?: {
                registered_cis_name?: string | null;
                subcontractor_verification_number?: string | null;
                deduction_rate?: string | null;
            } | null;
            destination_vat_blocking?: boolean;
            links?: Record<string, never>[];
            /** @description Only with `show_legacy_id=true`. */
            legacy_id?: null;
        };
        Contact: WithRequired<components["schemas"]["ContactAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "links" | "deleted_at" | "balance" | "contact_types" | "name" | "reference" | "default_sales_ledger_account" | "default_sales_tax_rate" | "default_purchase_ledger_account" | "tax_number" | "notes" | "locale" | "main_address" | "delivery_address" | "main_contact_person" | "bank_account_details" | "credit_limit" | "credit_days" | "credit_terms" | "credit_terms_and_conditions" | "product_sales_price_type" | "source_guid" | "currency" | "aux_reference" | "registered_number" | "deletable" | "tax_treatment" | "email" | "tax_calculation" | "auxiliary_account" | "gdpr_obfuscated" | "system" | "has_unfinished_recurring_invoices" | "cis_registered" | "ni_based" | "is_active" | "gb_based" | "cis_settings" | "destination_vat_blocking">;
        ContactListItem: WithRequired<components["schemas"]["ContactAttributes"], "id" | "displayed_as" | "$path">;
        ContactList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["ContactListItem"][];
        };
        /** @description The writable fields of a contact. Unknown fields are ignored. */
        ContactFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            name?: string;
            contact_type_ids?: ("CUSTOMER" | "VENDOR")[];
            /** @description Unique in the business, case-insensitive. */
            reference?: string;
            notes?: string;
            tax_number?: string;
            locale?: string;
            credit_limit?: components["schemas"]["MoneyInput"];
            credit_days?: number;
            /** @enum {string} */
            credit_terms?: "month_end_invoice" | "date_from_invoice" | "immediate_invoice" | "month_end_payment" | "date_from_payment" | "immediate_payment";
            credit_terms_and_conditions?: string;
            default_sales_ledger_account_id?: string | null;
            default_sales_tax_rate_id?: string | null;
            default_purchase_ledger_account_id?: string | null;
            product_sales_price_type_id?: string;
            source_guid?: string | null;
            /** @description Only the business's currency (sage-mock keeps one currency per business). */
            currency_id?: string;
            aux_reference?: string;
            registered_number?: string;
            tax_calculation?: string | null;
            auxiliary_account?: string | null;
            destination_vat_blocking?: boolean;
            main_address?: components["schemas"]["AddressFields"];
            delivery_address?: components["schemas"]["AddressFields"];
            main_contact_person?: components["schemas"]["ContactPersonFields"];
            bank_account_details?: {
                account_name?: string;
                account_number?: string;
                sort_code?: string;
                bic?: string;
                iban?: string;
            };
            tax_treatment?: {
                home_tax?: boolean;
                eu_tax_registered?: boolean;
                eu_not_tax_registered?: boolean;
                rest_of_world_tax?: boolean;
                is_importer?: boolean;
            };
        };
        ContactCreate: {
            contact: WithRequired<components["schemas"]["ContactFields"], "name" | "contact_type_ids">;
        };
        ContactUpdate: {
            contact: components["schemas"]["ContactFields"];
        };
        LedgerAccountAttributes: {
            id?: components["schemas"]["Id"];
            /** @description "Name (nominal code)". */
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            ledger_account_type?: components["schemas"]["Link"];
            included_in_chart?: boolean;
            name?: string;
            display_name?: string;
            nominal_code?: number;
            ledger_account_classification?: components["schemas"]["Link"] | null;
            tax_rate?: components["schemas"]["Link"] | null;
            fixed_tax_rate?: boolean;
            visible_in_banking?: boolean;
            visible_in_expenses?: boolean;
            visible_in_journals?: boolean;
            visible_in_other_payments?: boolean;
            visible_in_other_receipts?: boolean;
            visible_in_reporting?: boolean;
            visible_in_sales?: boolean;
            is_control_account?: boolean;
            /** @description The control role (`trade_debtors`, `trade_creditors`, `sales_tax`, `purchase_tax`, ...) or null. */
            control_name?: string | null;
            ledger_account_group?: {
                id: string;
                displayed_as: string;
            };
            visible_scopes?: string[];
            display_formatted?: string;
            tax_recoverable?: boolean | null;
            recoverable_percentage?: string | null;
            non_recoverable_ledger_account?: components["schemas"]["NullableLink"];
            cis_materials?: boolean;
            cis_labour?: boolean;
            tax_instalment?: boolean;
            gifi_code?: number | null;
            legacy_id?: null;
            /** @description Only with `show_balance_details=true`; for `from_date`..`to_date` when given. */
            balance_details?: {
                balance: components["schemas"]["Money"];
                /** @enum {string} */
                credit_or_debit: "credit" | "debit";
                debits: components["schemas"]["Money"];
                credits: components["schemas"]["Money"];
                from_date: string | null;
                to_date: string | null;
            };
        };
        LedgerAccount: WithRequired<components["schemas"]["LedgerAccountAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "ledger_account_type" | "included_in_chart" | "name" | "display_name" | "nominal_code" | "ledger_account_classification" | "tax_rate" | "fixed_tax_rate" | "visible_in_banking" | "visible_in_expenses" | "visible_in_journals" | "visible_in_other_payments" | "visible_in_other_receipts" | "visible_in_reporting" | "visible_in_sales" | "is_control_account" | "control_name" | "ledger_account_group" | "visible_scopes" | "display_formatted" | "tax_recoverable" | "recoverable_percentage" | "non_recoverable_ledger_account" | "cis_materials" | "cis_labour" | "tax_instalment" | "gifi_code">;
        LedgerAccountListItem: WithRequired<components["schemas"]["LedgerAccountAttributes"], "id" | "displayed_as" | "$path">;
        LedgerAccountList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["LedgerAccountListItem"][];
        };
        /** @description The writable fields of a ledger account. Unknown fields are ignored. */
        LedgerAccountFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            ledger_account_type_id?: components["schemas"]["LedgerAccountTypeId"];
            included_in_chart?: boolean;
            name?: string;
            display_name?: string;
            /** @description Unique in the business. */
            nominal_code?: number;
            /** @description Sage's own: a control name other than the account's is refused (none on a new account). */
            control_name?: string | null;
            tax_rate_id?: string;
            fixed_tax_rate?: boolean;
            visible_in_banking?: boolean;
            visible_in_expenses?: boolean;
            visible_in_journals?: boolean;
            visible_in_other_payments?: boolean;
            visible_in_other_receipts?: boolean;
            visible_in_reporting?: boolean;
            visible_in_sales?: boolean;
        };
        LedgerAccountCreate: {
            ledger_account: WithRequired<components["schemas"]["LedgerAccountFields"], "ledger_account_type_id" | "included_in_chart" | "name" | "display_name" | "nominal_code">;
        };
        LedgerAccountUpdate: {
            ledger_account: components["schemas"]["LedgerAccountFields"];
        };
        TaxRatePercentage: {
            percentage: components["schemas"]["Decimal"];
            from_date: components["schemas"]["Date"];
            to_date: components["schemas"]["Date"] | null;
        };
        TaxRateAttributes: {
            /** @description Mnemonic (`GB_STANDARD`) or a 32-hex id (US, CA). */
            id?: string;
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            name?: string;
            agency?: string | null;
            percentage?: components["schemas"]["Decimal"];
            percentages?: components["schemas"]["TaxRatePercentage"][];
            is_visible?: boolean;
            retailer?: boolean;
            editable?: boolean;
            deletable?: boolean;
            is_combined_rate?: boolean;
            /** @description The rates a combined rate is made of (always empty: the mock has no combined rates). */
            component_tax_rates?: components["schemas"]["Link"][];
            legacy_id?: null;
        };
        TaxRate: WithRequired<components["schemas"]["TaxRateAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "name" | "agency" | "percentage" | "percentages" | "is_visible" | "retailer" | "editable" | "deletable" | "is_combined_rate" | "component_tax_rates">;
        TaxRateListItem: WithRequired<components["schemas"]["TaxRateAttributes"], "id" | "displayed_as" | "$path">;
        TaxRateList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["TaxRateListItem"][];
        };
        BankAccountDetails: {
            account_name: string;
            account_number: string;
            sort_code: string;
            bic: string;
            iban: string;
        };
        BankAccountAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            bank_account_details?: components["schemas"]["BankAccountDetails"];
            ledger_account?: components["schemas"]["Link"];
            bank_account_type?: components["schemas"]["Link"];
            balance?: components["schemas"]["Money"];
            nominal_code?: number;
            editable?: boolean;
            deletable?: boolean;
            currency?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["Timestamp"] | null;
            main_address?: components["schemas"]["Address"] | null;
            main_contact_person?: {
                name?: string;
                job_title?: string;
                telephone?: string;
                mobile?: string;
                email?: string;
                fax?: string;
            } | null;
            journal_code?: components["schemas"]["NullableLink"];
            default_payment_method?: components["schemas"]["NullableLink"];
            gifi_code?: number | null;
            is_active?: boolean;
            legacy_id?: null;
        };
        BankAccount: WithRequired<components["schemas"]["BankAccountAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "bank_account_details" | "ledger_account" | "bank_account_type" | "balance" | "nominal_code" | "editable" | "deletable" | "currency" | "deleted_at" | "main_address" | "main_contact_person" | "journal_code" | "default_payment_method" | "gifi_code" | "is_active">;
        BankAccountListItem: WithRequired<components["schemas"]["BankAccountAttributes"], "id" | "displayed_as" | "$path">;
        BankAccountList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["BankAccountListItem"][];
        };
        BankAccountCreate: {
            bank_account: {
                idempotency_id?: components["schemas"]["IdempotencyId"];
                bank_account_type_id: components["schemas"]["BankAccountTypeId"];
                /** @description A BANK ledger account not backing another bank account; without it one is created, named after `account_name` (else after the type, *guess*). */
                ledger_account_id?: string;
                default_payment_method_id?: string;
                gifi_code?: number;
                is_active?: boolean;
                main_address?: components["schemas"]["AddressFields"];
                main_contact_person?: {
                    name?: string;
                    job_title?: string;
                    telephone?: string;
                    mobile?: string;
                    email?: string;
                    fax?: string;
                };
                /** @description The new ledger account's code; the next free code after the bank accounts when left out. */
                nominal_code?: number;
                /** @description Only the business's own currency [guess: the mock keeps one currency per business]. */
                currency_id?: string;
                bank_account_details?: {
                    account_name?: string;
                    account_number?: string;
                    sort_code?: string;
                    bic?: string;
                    iban?: string;
                };
            };
        };
        /** @description An invoice's amounts per tax rate. */
        TaxAnalysis: {
            tax_rate: components["schemas"]["Link"];
            net_amount: components["schemas"]["Money"];
            tax_amount: components["schemas"]["Money"];
            total_amount: components["schemas"]["Money"];
        };
        /** @description A payment or allocation that settled part of an artefact (with `show_payments_allocations`). */
        PaymentAllocation: {
            displayed_as: string;
            date: components["schemas"]["Date"];
            /** @description The transaction type's name (`Customer Receipt`, ...). */
            type: string;
            reference: string;
            amount: components["schemas"]["Money"];
            discount: components["schemas"]["Money"];
            contact_payment: components["schemas"]["NullableLink"];
            contact_allocation: components["schemas"]["NullableLink"];
            negative_payment: boolean;
        };
        /** @description A line of a sales or purchase invoice, with its computed amounts. */
        InvoiceLine: {
            id: string;
            displayed_as: string;
            description: string;
            ledger_account: components["schemas"]["Link"];
            quantity: components["schemas"]["Decimal"];
            unit_price: components["schemas"]["Money"];
            unit_price_includes_tax: boolean;
            discount_amount: components["schemas"]["Money"];
            discount_percentage: components["schemas"]["Decimal"];
            net_amount: components["schemas"]["Money"];
            tax_rate: components["schemas"]["NullableLink"];
            tax_amount: components["schemas"]["Money"];
            total_amount: components["schemas"]["Money"];
        };
        /** @description What sales and purchase invoices share. */
        InvoiceAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            contact?: components["schemas"]["Link"];
            contact_name?: string;
            contact_reference?: string;
            date?: components["schemas"]["Date"];
            due_date?: components["schemas"]["Date"];
            reference?: string;
            notes?: string;
            status?: components["schemas"]["Link"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            total_quantity?: components["schemas"]["Decimal"];
            net_amount?: components["schemas"]["Money"];
            tax_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
            total_discount_amount?: components["schemas"]["Money"];
            payments_allocations_total_amount?: components["schemas"]["Money"];
            payments_allocations_total_discount?: components["schemas"]["Money"];
            total_paid?: components["schemas"]["Money"];
            /** @description Total less everything allocated. */
            outstanding_amount?: components["schemas"]["Money"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_total_amount?: components["schemas"]["Money"];
            base_currency_outstanding_amount?: components["schemas"]["Money"];
            last_paid?: components["schemas"]["Date"] | null;
            void_reason?: string | null;
            /** @description False once payments or allocations touch the invoice, or it is void. */
            editable?: boolean;
            invoice_lines?: components["schemas"]["InvoiceLine"][];
            tax_analysis?: components["schemas"]["TaxAnalysis"][];
            payments_allocations?: components["schemas"]["PaymentAllocation"][];
        };
        /** @description What only sales invoices show. */
        SalesInvoiceExtras: {
            /** @constant */
            invoice_number_prefix?: "SI-";
            /** @description `SI-1`, `SI-2`, ... per business; `SI-DRAFT` for drafts. */
            invoice_number?: string;
            terms_and_conditions?: string;
            sent?: boolean;
            sent_by_email?: boolean;
        };
        /** @description A sales invoice; `payments_allocations` only with `show_payments_allocations=true`. */
        SalesInvoice: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "contact_name" | "contact_reference" | "date" | "due_date" | "reference" | "notes" | "status" | "currency" | "exchange_rate" | "total_quantity" | "net_amount" | "tax_amount" | "total_amount" | "total_discount_amount" | "payments_allocations_total_amount" | "payments_allocations_total_discount" | "total_paid" | "outstanding_amount" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_outstanding_amount" | "last_paid" | "void_reason" | "editable" | "invoice_lines" | "tax_analysis"> & WithRequired<components["schemas"]["SalesInvoiceExtras"], "invoice_number_prefix" | "invoice_number" | "terms_and_conditions" | "sent" | "sent_by_email">;
        SalesInvoiceListItem: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["SalesInvoiceExtras"];
        SalesInvoiceList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["SalesInvoiceListItem"][];
        };
        /** @description What only purchase invoices show. */
        PurchaseInvoiceExtras: {
            /** @description The vendor's own invoice number; what the invoice is displayed as. */
            vendor_reference?: string;
        };
        /** @description A purchase invoice; `payments_allocations` only with `show_payments_allocations=true`. */
        PurchaseInvoice: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "contact_name" | "contact_reference" | "date" | "due_date" | "reference" | "notes" | "status" | "currency" | "exchange_rate" | "total_quantity" | "net_amount" | "tax_amount" | "total_amount" | "total_discount_amount" | "payments_allocations_total_amount" | "payments_allocations_total_discount" | "total_paid" | "outstanding_amount" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_outstanding_amount" | "last_paid" | "void_reason" | "editable" | "invoice_lines" | "tax_analysis"> & WithRequired<components["schemas"]["PurchaseInvoiceExtras"], "vendor_reference">;
        PurchaseInvoiceListItem: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["PurchaseInvoiceExtras"];
        PurchaseInvoiceList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["PurchaseInvoiceListItem"][];
        };
        InvoiceLineInput: {
            description?: string;
            /** @description A ledger account of the same business, not the trade debtors or creditors control account [guess]. */
            ledger_account_id?: string;
            quantity?: components["schemas"]["MoneyInput"];
            unit_price?: components["schemas"]["MoneyInput"];
            unit_price_includes_tax?: boolean;
            /** @description A tax rate of the business (its country's). The mock requires it on every line. */
            tax_rate_id?: string;
            /**
             * @description Required when the line's tax rate is above 0% (Sage v3.1: 422 "can't be blank" on
             *     `invoice_lines[i].tax_amount`); at a zero, exempt or no-tax rate (0%) the tax is 0, sent or not.
             *     With the option `ledger.computeMissingTax` (not Sage) a missing amount is computed from
             *     the rate instead.
             */
            tax_amount?: components["schemas"]["MoneyInput"];
            /** @description At least 0 and at most quantity x unit price [guess]; wins over `discount_percentage`, which is then computed from it. */
            discount_amount?: components["schemas"]["MoneyInput"];
            /** @description From 0 to 100. */
            discount_percentage?: components["schemas"]["MoneyInput"];
        };
        /** @description The writable fields of sales and purchase invoices. Unknown fields are ignored. */
        InvoiceFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            contact_id?: string;
            date?: components["schemas"]["Date"];
            /** @description Not before `date` [guess]. Sales: the date plus the contact's credit days when left out. */
            due_date?: components["schemas"]["Date"];
            reference?: string;
            notes?: string;
            /** @description The business's own currency when sent; the mock keeps one currency per business [guess]. */
            currency_id?: string;
        };
        /** @description The writable fields only sales invoices have. */
        SalesInvoiceOwnFields: {
            /**
             * @default UNPAID
             * @enum {string}
             */
            status_id: "UNPAID" | "DRAFT" | "PRO_FORMA";
            terms_and_conditions?: string;
            invoice_lines?: WithRequired<components["schemas"]["InvoiceLineInput"], "description" | "ledger_account_id" | "tax_rate_id" | "unit_price">[];
        };
        SalesInvoiceCreate: {
            sales_invoice: WithRequired<components["schemas"]["InvoiceFields"], "contact_id" | "date"> & WithRequired<components["schemas"]["SalesInvoiceOwnFields"], "invoice_lines">;
        };
        SalesInvoiceUpdate: {
            sales_invoice: components["schemas"]["InvoiceFields"] & components["schemas"]["SalesInvoiceOwnFields"];
        };
        /** @description The writable fields only purchase invoices have. */
        PurchaseInvoiceOwnFields: {
            vendor_reference?: string;
            /**
             * @default UNPAID
             * @enum {string}
             */
            status_id: "UNPAID" | "DRAFT";
            invoice_lines?: WithRequired<components["schemas"]["InvoiceLineInput"], "description" | "ledger_account_id" | "tax_rate_id" | "quantity" | "unit_price">[];
        };
        PurchaseInvoiceCreate: {
            purchase_invoice: WithRequired<components["schemas"]["InvoiceFields"], "contact_id" | "date" | "due_date"> & WithRequired<components["schemas"]["PurchaseInvoiceOwnFields"], "invoice_lines">;
        };
        PurchaseInvoiceUpdate: {
            purchase_invoice: components["schemas"]["InvoiceFields"] & components["schemas"]["PurchaseInvoiceOwnFields"];
        };
        /** @description How much of one artefact (invoice, credit note, payment on account) a payment or allocation settles. */
        AllocatedArtefact: {
            id: string;
            artefact: components["schemas"]["Link"];
            amount: components["schemas"]["Money"];
            /** @description Payments only. */
            discount?: components["schemas"]["Money"];
        };
        /** @description The part of a payment that no artefact took; contact allocations and refunds can take it later. */
        PaymentOnAccount: {
            id: components["schemas"]["Id"];
            displayed_as: string;
            $path: components["schemas"]["Path"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            contact_name: string;
            contact_reference: string;
            contact: components["schemas"]["Link"];
            date: components["schemas"]["Date"];
            reference: string;
            net_amount: components["schemas"]["Money"];
            tax_amount: components["schemas"]["Money"];
            total_amount: components["schemas"]["Money"];
            outstanding_amount: components["schemas"]["Money"];
            currency: components["schemas"]["Link"];
            exchange_rate: components["schemas"]["Decimal"];
            base_currency_net_amount: components["schemas"]["Money"];
            base_currency_tax_amount: components["schemas"]["Money"];
            base_currency_total_amount: components["schemas"]["Money"];
            base_currency_outstanding_amount: components["schemas"]["Money"];
            status: components["schemas"]["Link"];
        };
        ContactPaymentAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            contact?: components["schemas"]["Link"];
            bank_account?: components["schemas"]["Link"];
            payment_method?: components["schemas"]["NullableLink"];
            date?: components["schemas"]["Date"];
            reference?: string;
            net_amount?: components["schemas"]["Money"];
            tax_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_total_amount?: components["schemas"]["Money"];
            base_currency_currency_charge?: components["schemas"]["Money"];
            tax_rate?: components["schemas"]["NullableLink"];
            allocated_artefacts?: components["schemas"]["AllocatedArtefact"][];
            payment_on_account?: components["schemas"]["PaymentOnAccount"] | null;
            editable?: boolean;
        };
        ContactPayment: WithRequired<components["schemas"]["ContactPaymentAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "bank_account" | "payment_method" | "date" | "reference" | "net_amount" | "tax_amount" | "total_amount" | "currency" | "exchange_rate" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_currency_charge" | "tax_rate" | "allocated_artefacts" | "payment_on_account" | "editable">;
        ContactPaymentListItem: WithRequired<components["schemas"]["ContactPaymentAttributes"], "id" | "displayed_as" | "$path">;
        ContactPaymentList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["ContactPaymentListItem"][];
        };
        ContactPaymentCreate: {
            contact_payment: {
                idempotency_id?: components["schemas"]["IdempotencyId"];
                transaction_type_id: components["schemas"]["PaymentTransactionType"];
                /** @description A customer for receipts and customer refunds, a vendor for vendor payments and refunds. */
                contact_id: string;
                /** @description A bank account of the same business. */
                bank_account_id: string;
                payment_method_id?: string;
                date: components["schemas"]["Date"];
                reference?: string;
                /** @description The business's own currency when sent; the mock keeps one currency per business [guess]. */
                currency_id?: string;
                /** @description More than zero. */
                total_amount: components["schemas"]["MoneyInput"];
                allocated_artefacts?: {
                    artefact_id: string;
                    /** @description More than zero and at most the artefact's outstanding amount. */
                    amount: components["schemas"]["MoneyInput"];
                    /** @description Settlement discounts are refused unless zero (the mock keeps no discount accounts). */
                    discount?: components["schemas"]["MoneyInput"];
                }[];
            };
        };
        ContactAllocationAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            contact?: components["schemas"]["Link"];
            date?: components["schemas"]["Date"];
            allocated_artefacts?: components["schemas"]["AllocatedArtefact"][];
        };
        ContactAllocation: WithRequired<components["schemas"]["ContactAllocationAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "date" | "allocated_artefacts">;
        ContactAllocationListItem: WithRequired<components["schemas"]["ContactAllocationAttributes"], "id" | "displayed_as" | "$path">;
        ContactAllocationList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["ContactAllocationListItem"][];
        };
        ContactAllocationCreate: {
            contact_allocation: {
                idempotency_id?: components["schemas"]["IdempotencyId"];
                transaction_type_id: components["schemas"]["AllocationTransactionType"];
                contact_id: string;
                /** @description Today on the mock's clock when left out. */
                date?: components["schemas"]["Date"];
                /** @description The amounts must sum to zero (invoices positive, payments on account negative). */
                allocated_artefacts: {
                    artefact_id: string;
                    amount: components["schemas"]["MoneyInput"];
                }[];
            };
        };
        JournalLine: {
            id: string;
            ledger_account: components["schemas"]["Link"];
            details: string;
            debit: components["schemas"]["Money"];
            credit: components["schemas"]["Money"];
            include_on_tax_return: boolean;
            tax_reconciled: boolean;
            cleared: boolean;
            bank_reconciled: boolean;
        };
        JournalAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            date?: components["schemas"]["Date"];
            reference?: string;
            description?: string;
            /** @description The sum of the debits (equal to the sum of the credits). */
            total?: components["schemas"]["Money"];
            /** @description The mock keeps no journal codes. */
            journal_code?: null;
            journal_lines?: components["schemas"]["JournalLine"][];
            migrated?: boolean;
        };
        Journal: WithRequired<components["schemas"]["JournalAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "date" | "reference" | "description" | "total" | "journal_code" | "journal_lines" | "migrated">;
        JournalListItem: WithRequired<components["schemas"]["JournalAttributes"], "id" | "displayed_as" | "$path">;
        JournalList: components["schemas"]["ListEnvelope"] & {
            $items: components["schemas"]["JournalListItem"][];
        };
        /** @description The fields of a journal. Unknown fields are ignored. */
        JournalFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            date?: components["schemas"]["Date"];
            reference?: string;
            description?: string;
            /** @description The debits must equal the credits exactly; each line has a debit or a credit, the other zero. */
            journal_lines?: {
                /** @description A ledger account of the same business, not the trade debtors or creditors control account. */
                ledger_account_id: string;
                debit: components["schemas"]["MoneyInput"];
                credit: components["schemas"]["MoneyInput"];
                details?: string;
                include_on_tax_return?: boolean;
            }[];
        };
        JournalCreate: {
            journal: WithRequired<components["schemas"]["JournalFields"], "date" | "reference" | "journal_lines">;
        };
        /** @description Optional changes for the new journal; what is left out is copied from the old one. */
        JournalReissue: {
            journal?: components["schemas"]["JournalFields"];
        };
        AuthorizationCodeGrant: {
            /** @constant */
            grant_type: "authorization_code";
            /** @description The code from the callback, region prefix included (`GB/...`). */
            code: string;
            /** @description The same redirect URI the authorization used. */
            redirect_uri: string;
            /** @description The PKCE verifier, when the authorization sent a challenge. */
            code_verifier?: string;
            client_id?: string;
            client_secret?: string;
        };
        RefreshTokenGrant: {
            /** @constant */
            grant_type: "refresh_token";
            /** @description The newest refresh token of the chain; any older one is `invalid_grant`. */
            refresh_token: string;
            client_id?: string;
            client_secret?: string;
        };
        /** @description Sage's token response: exactly these keys, in this order. */
        TokenResponse: {
            /** @description Opaque to clients: a JWT like Sage's (RS512 header, about 1,200 bytes); at most 2048 bytes. */
            access_token: string;
            scope: components["schemas"]["Scope"];
            /** @constant */
            token_type: "bearer";
            /** @description Seconds the access token lives (300). */
            expires_in: number;
            /** @description Opaque to clients: a JWT like the access token; at most 2048 bytes. */
            refresh_token: string;
            /** @description Seconds the refresh token lives (2678400, 31 days). */
            refresh_token_expires_in: number;
            /**
             * Format: uuid
             * @description The user's id.
             */
            requested_by_id: string;
        };
        /** @description The authorization request's fields (hidden on the page) and the person's choice. */
        ConsentForm: {
            client_id: string;
            redirect_uri: string;
            response_type?: string;
            scope?: components["schemas"]["Scope"];
            state?: string;
            country?: string;
            locale?: string;
            code_challenge?: string;
            /** @enum {string} */
            code_challenge_method?: "S256" | "plain";
            /** @enum {string} */
            decision: "allow" | "deny";
            /** @description The seeded account chosen on the page. */
            user_id?: string;
            /** @description An account typed by its email address (wins over `user_id`). */
            email?: string;
        };
        /** @description Client credentials as form fields or HTTP Basic. */
        RevokeRequest: {
            client_id?: string;
            client_secret?: string;
            /** @description A refresh token of the chain (any generation). An unknown token is answered 200 too, as RFC 7009 asks. */
            token: string;
        };
        RevokeResponse: {
            /** @constant */
            success: "ok";
        };
        ResetRequest: {
            /** @description The new seed; without it, the current one. */
            seed?: number;
            /** @description Keep the journal across this reset (default: the journal.keepAcrossReset option). */
            keep_journal?: boolean;
        };
        WorldUser: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            lead_business_id: components["schemas"]["Id"] | null;
            businesses: {
                id: components["schemas"]["Id"];
                /** @enum {string} */
                role: "owner" | "invited";
            }[];
        };
        WorldView: {
            seed: number;
            users: components["schemas"]["WorldUser"][];
            apps: {
                client_id: string;
                client_secret: string;
                name: string;
                redirect_uris: string[];
            }[];
            businesses: components["schemas"]["WorldBusiness"][];
        };
        WorldBusiness: {
            id: components["schemas"]["Id"];
            name: string;
            country: components["schemas"]["CountryCode"];
            currency: string;
            /** Format: uuid */
            owner_id: string;
            subscription_active: boolean;
        };
        CreateBusinessRequest: {
            /** Format: uuid */
            owner_id: string;
            country: components["schemas"]["CountryCode"];
            name?: string;
            /** @description Seeded contacts (default 0). */
            contacts?: number;
            invited_user_ids?: string[];
        };
        DeleteBusinessResult: {
            id: components["schemas"]["Id"];
            /** @description Users whose lead business moved on. */
            lead_changed_for: string[];
        };
        SubscriptionRequest: {
            active: boolean;
        };
        MintTokenRequest: {
            user_id: string;
            client_id: string;
            scope?: components["schemas"]["Scope"];
        };
        ClockView: {
            /** Format: date-time */
            now: string;
            epoch_ms: number;
            /** @enum {string} */
            mode: "frozen" | "system";
        };
        AdvanceClockRequest: {
            seconds: number;
        };
        SetClockRequest: {
            /** Format: date-time */
            now: string;
        };
        LeadBusinessRequest: {
            business_id: components["schemas"]["Id"];
        };
        /**
         * @description A chaos scenario: `name`, `description`, `seed`, `world`, `steps` (each with `match` or `at`,
         *     `after`, `times`, `probability` and a `fault`). Its full JSON Schema ships as
         *     `scenarios/scenario.schema.json`.
         */
        Scenario: {
            name: string;
            description?: string;
            seed?: number;
            world?: Record<string, never>;
            steps: {
                fault: {
                    type: string;
                };
            }[];
        };
        ScenarioState: {
            scenario: components["schemas"]["Scenario"];
            status: {
                name: string;
                description: string | null;
                seed: number;
                /** Format: date-time */
                started_at: string;
                steps: {
                    index: number;
                    name: string;
                    fault: string;
                    /** @enum {string} */
                    trigger: "request" | "clock";
                    matched: number;
                    fired: number;
                    remaining: number | null;
                    /** Format: date-time */
                    due_at: string | null;
                }[];
                fired: {
                    step: string;
                    step_index: number;
                    fault: string;
                    /** Format: date-time */
                    time: string;
                    request_id: string | null;
                    method: string | null;
                    path: string | null;
                    detail: string;
                }[];
            };
        };
        /** @description One exchange as the mock saw it, with what the pipeline learnt about it. */
        JournalEntry: {
            seq: number;
            /** Format: uuid */
            requestId: string;
            /**
             * Format: date-time
             * @description Clock time of arrival.
             */
            time: string;
            /** @description Clock milliseconds of arrival. */
            at: number;
            durationMs?: number;
            /**
             * @description `chaos`: a scenario fault no request carried (a clock step), journalled as an event.
             * @enum {string}
             */
            surface: "api" | "authorize" | "token" | "admin" | "chaos";
            method: string;
            path: string;
            query: {
                [key: string]: string;
            };
            headers: {
                [key: string]: string;
            };
            body: string | null;
            status: number;
            responseBody: string | null;
            responseHeaders?: {
                [key: string]: string;
            };
            clientId: string | null;
            userId: string | null;
            businessId: string | null;
            /** @enum {string|null} */
            businessSource?: "header" | "lead" | null;
            tokenId: string | null;
            chainId: string | null;
            generation: number | null;
            /** @enum {string|null} */
            tokenState: "valid" | "expired" | "unknown" | "missing" | null;
            flags: string[];
            errorCodes: string[];
            /** @description The error catalogue key of each error item (API_ERRORS keys; the OAuth error code on the OAuth surfaces). */
            errorKeys: string[];
            /** @description The transport fault carried out: drop, reset, hang, truncate, slow-body. */
            fault?: string | null;
            /** @description The scenario faults applied to this exchange. */
            chaos?: {
                scenario: string;
                step: string;
                fault: string;
            }[] | null;
        };
        JournalPage: {
            $total: number;
            $items: components["schemas"]["JournalEntry"][];
        };
        TrialBalanceRow: {
            ledger_account: components["schemas"]["Link"];
            nominal_code: number;
            name: string;
            /** @description The ledger account type id (`BANK`, `SALES`, ...). */
            ledger_account_type: string;
            debit: components["schemas"]["Money"];
            credit: components["schemas"]["Money"];
            /** @description Debits less credits: positive is a debit balance. */
            balance: components["schemas"]["Money"];
        };
        /** @description Per ledger account with entries, its debits and credits; the totals always agree. */
        TrialBalance: {
            business_id: components["schemas"]["Id"];
            currency: string;
            accounts: components["schemas"]["TrialBalanceRow"][];
            total_debit: components["schemas"]["Money"];
            total_credit: components["schemas"]["Money"];
            /** @description `total_debit - total_credit`: `"0.0"` unless the books are broken. */
            difference: components["schemas"]["Money"];
            balanced: boolean;
            entry_count: number;
            transaction_count: number;
        };
        AppView: {
            client_id: string;
            client_secret: string;
            name: string;
            redirect_uris: string[];
        };
        RegisterAppRequest: {
            /** @description Made up (`<hex>/<hex>`) when left out. */
            client_id?: string;
            /** @description Made up when left out. */
            client_secret?: string;
            name?: string;
            redirect_uris: string[];
        };
        ConnectRequest: {
            user_id: string;
            client_id: string;
            scope?: components["schemas"]["Scope"];
            /** @description The token's country (default: the user's lead business's). */
            country?: string;
        };
        PreapproveRequest: {
            user_id: string;
            client_id: string;
            scope?: components["schemas"]["Scope"];
            /** @description Used up by the first authorization. */
            once?: boolean;
        };
        PreapprovalView: {
            client_id: string;
            user_id: string;
            scope: components["schemas"]["Scope"] | null;
            once: boolean;
        };
        /** @description One authorization: its refresh tokens rotate through generations. */
        ChainView: {
            id: string;
            client_id: string;
            user_id: string;
            scope: components["schemas"]["Scope"];
            country: string;
            /** @description Refreshes so far; only the newest generation's refresh token works. */
            generation: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            revoked_at: string | null;
            /** @enum {string|null} */
            revoked_by: "revoke" | "admin" | null;
        };
        /** @description One of `access_token` (the token text) or `token_id`. */
        ExpireTokenRequest: {
            access_token?: string;
            token_id?: string;
        };
        ExpiredToken: {
            token_id: string;
            chain_id: string;
            generation: number;
            /** Format: date-time */
            expired_at: string;
        };
        AppLimitsView: {
            client_id: string;
            limits: {
                daily_quota: number;
                concurrency: number;
                overridden: boolean;
            };
            in_flight: number;
            peak_in_flight?: number;
            /** @description The clock day (UTC) the counts belong to. */
            day?: string;
            today_count: number;
            remaining_today: number;
            rejected_today: {
                daily_quota?: number;
                concurrency?: number;
            };
            total_count?: number;
            total_rejected?: number;
        };
        LimitsView: {
            enabled: boolean;
            defaults: {
                /** @description Sage: 1,296,000 requests a day per app. */
                daily_quota: number;
                /** @description Sage: 150 requests in flight per app. */
                concurrency: number;
            };
            /** @description Send Retry-After on 429s (Sage does not). */
            retry_after: boolean;
            concurrency_retry_after_seconds?: number;
            /** @description Send X-RateLimit-Limit, -Remaining and -Reset (Sage does not). */
            rate_limit_headers: boolean;
            /** Format: date-time */
            day_ends_at?: string;
            apps: components["schemas"]["AppLimitsView"][];
        };
        /** @description Without `client_id` the defaults change; with it, that app's limits (null goes back to the default). */
        LimitsUpdate: {
            client_id?: string;
            daily_quota?: number | null;
            concurrency?: number | null;
            /** @description Set the app's count for today (needs `client_id`). */
            today_count?: number;
            retry_after?: boolean;
            concurrency_retry_after_seconds?: number;
            rate_limit_headers?: boolean;
            enabled?: boolean;
        };
        LatchRequest: {
            method?: string;
            /** @description Path prefix as the journal writes it (`/v3.1/contacts`, `/token`). */
            path?: string;
            /**
             * @default arrival
             * @enum {string}
             */
            point: "arrival" | "handler";
            /** @description Hold at most this many requests. */
            limit?: number;
        };
        LatchView: {
            id: string;
            method: string | null;
            path: string | null;
            /** @enum {string} */
            point: "arrival" | "handler";
            limit: number | null;
            /** @description Requests waiting now. */
            held: number;
            /** @description Requests held so far, released or not. */
            total: number;
            released: boolean;
        };
        LatchWaitRequest: {
            held: number;
            /** @default 10000 */
            timeout_ms: number;
        };
        LatchWait: {
            /** @description False when the timeout passed first. */
            reached: boolean;
            latch: components["schemas"]["LatchView"];
        };
        IdempotencyRecordView: {
            business_id: string;
            client_id?: string | null;
            idempotency_id: string;
            /** @enum {string} */
            source?: "body" | "header";
            resource: string;
            method?: string;
            path?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            request_id?: string;
            /** @enum {string} */
            state: "in_flight" | "stored";
            status?: number | null;
            waiting?: number;
            replays?: number;
        };
    };
    responses: {
        /** @description Missing, unknown or expired access token, or a business without an active subscription. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example [
                 *       {
                 *         "$severity": "error",
                 *         "$dataCode": "AuthorizationFailure",
                 *         "$message": "The access token has expired.",
                 *         "$source": ""
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description The user cannot reach that business, or a readonly token tried to write. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example [
                 *       {
                 *         "$severity": "error",
                 *         "$dataCode": "MultiUserAccessDenied",
                 *         "$message": "The current user is not allowed to access that resource with that method.",
                 *         "$source": ""
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description No such record (or, outside any operation, no such path). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-Business": components["headers"]["X-Business-Optional"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description The path exists but not with this method (answered for any undocumented method on a documented path). */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description The body is larger than the configured limit (1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-Business": components["headers"]["X-Business-Optional"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-Business": components["headers"]["X-Business-Optional"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description Invalid input; each item names the field at fault in `$source` (`base` for the record as a whole). */
        Unprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-Business": components["headers"]["X-Business-Optional"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example [
                 *       {
                 *         "$severity": "error",
                 *         "$dataCode": "RecordInvalid",
                 *         "$message": "can't be blank",
                 *         "$source": "name"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description Over the app's daily quota (1,296,000 requests) or concurrency limit (150 in flight). */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description An unexpected error (or one injected by a chaos scenario). */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /** @description Temporarily unavailable (injected by a chaos scenario). */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SageErrors"];
            };
        };
        /**
         * @description An OAuth error (RFC 6749), always with 400: `invalid_grant` for a superseded, expired, revoked
         *     or unknown refresh token or code, `invalid_client` for failed client authentication (RFC 6749
         *     allows 401 there; the mock answers 400 like every other token error [guess]).
         */
        OAuthBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_grant",
                 *       "error_description": "The refresh token is superseded."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The consent page (HTML). */
        ConsentPage: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description Back to the app's callback with a code, or with an error. */
        AuthorizeRedirect: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /**
                 * @description The registered callback with `code=<REGION>%2F<code>&country=<CC>&state=...`, or with
                 *     `error=...&error_description=...&state=...`, or, when the chosen account has no business
                 *     in the requested country (or none at all), Sage's
                 *     `error=Invalid+request&reason=Email+already+in+use&state=...`.
                 */
                Location: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An unknown or missing client or redirect URI (an HTML page; there is nowhere safe to redirect). */
        AuthorizeErrorPage: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
    };
    parameters: {
        /** @description The record's id. */
        IdPath: string;
        /** @description The business to work on. Without it, the user's lead business. */
        "X-Business": string;
        /** @description Page number, from 1. A page past the end answers the last page. */
        Page: number;
        /** @description Items per page, 1 to 200 (outside that range, 422). */
        ItemsPerPage: number;
        /** @description Extra attributes for list items, comma-separated, or `all`. */
        Attributes: string;
        /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
        Sort: string;
        /** @description Records created or updated at or after this time (inclusive). */
        UpdatedOrCreatedSince: string;
        /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
        DeletedSince: string;
        /** @description Records dated on or after this date. */
        FromDate: string;
        /** @description Records dated on or before this date. */
        ToDate: string;
        /** @description Case-insensitive text search. */
        Search: string;
        /** @description Only artefacts with this status. */
        StatusId: components["schemas"]["ArtefactStatusId"];
        /** @description Only records of this contact. */
        ContactId: string;
        /** @description Include `payments_allocations` in each artefact. */
        ShowPaymentsAllocations: boolean;
    };
    requestBodies: never;
    headers: {
        /** @description A UUID naming this exchange; the journal records it. */
        "X-Request-Id": string;
        /** @description The business that served the request (the one asked for, or the lead business). */
        "X-Business": components["schemas"]["Id"];
        /** @description The business the request was routed to, when routing got that far. */
        "X-Business-Optional": components["schemas"]["Id"];
        /** @description The methods the path accepts. */
        Allow: string;
        /** @description `no-store`: token responses must not be cached. */
        "Cache-Control": "no-store";
        /** @description Seconds to wait. Sent only when configured; Sage sends none. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBusinesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every business the user can reach. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLeadBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead business. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Business"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Business"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessUpdate"];
            };
        };
        responses: {
            /** @description The business after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Business"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The user after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description `CUSTOMER`, `VENDOR`, or both separated by a comma. */
                contact_type_id?: string;
                /** @description Exact email address, case-insensitive. */
                email?: string;
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description The new contact. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description The contact after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLedgerAccounts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Only accounts offered in this part of the product. */
                visible_in?: components["schemas"]["VisibleIn"];
                /** @description One or more ledger account type ids separated by commas. */
                ledger_account_type_id?: string;
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description Adds `balance_details`. */
                show_balance_details?: boolean;
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger accounts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLedgerAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerAccountCreate"];
            };
        };
        responses: {
            /** @description The new ledger account. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLedgerAccount: {
        parameters: {
            query?: {
                /** @description Adds `balance_details`. */
                show_balance_details?: boolean;
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLedgerAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerAccountUpdate"];
            };
        };
        responses: {
            /** @description The ledger account after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxRates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tax rates. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRateList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tax rate. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBankAccounts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bank accounts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBankAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankAccountCreate"];
            };
        };
        responses: {
            /** @description The new bank account. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBankAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLedgerAccountTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLedgerAccountType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listArtefactStatuses: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getArtefactStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTransactionTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTransactionType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBankAccountTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBankAccountType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCurrencies: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrenciesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountriesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCountryGroups: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountryGroupsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPaymentMethodsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddressTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactPersonTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactPersonTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAttachmentContextTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachmentContextTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogItemTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCatalogItemTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listQuickEntryTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQuickEntryTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEuGoodsServicesTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEuGoodsServicesTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEuSalesDescriptions: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEuSalesDescriptionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactOpeningBalanceTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactOpeningBalanceTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJournalCodeTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJournalCodeTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCorrectiveReasonCodes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCorrectiveReasonCodesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLedgerAccountClassifications: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLedgerAccountClassificationsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBusinessTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBusinessTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxReturnFrequencies: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxReturnFrequenciesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddressRegions: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressRegionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBusinessActivityTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBusinessActivityTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLegalFormTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLegalFormTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCountriesOfRegistration: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountriesOfRegistrationItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxOffices: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxOfficesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxSchemes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxSchemesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxTypesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCoaTemplates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCoaTemplatesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExchangeRates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExchangeRatesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLiveExchangeRates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLiveExchangeRatesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCoaAccounts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reference items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCoaAccountsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFinancialSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateFinancialSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInvoiceSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateInvoiceSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBusinessSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBusinessSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCisSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCisSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDatevSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDatevSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmailSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEmailSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMigrations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateMigrations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddresses: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Addresses of this contact. */
                contact_id?: string;
                /** @description Addresses of this bank account. */
                bank_account_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactPersons: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description People at the addresses of this contact. */
                contact_id?: string;
                /** @description People at this address. */
                address_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createContactPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPersonWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPerson"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPerson"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateContactPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPersonWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPerson"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContactPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBusinessExchangeRates: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBusinessExchangeRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessExchangeRateWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessExchangeRate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBusinessExchangeRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessExchangeRate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBusinessExchangeRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessExchangeRateWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessExchangeRate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBusinessExchangeRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxProfiles: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTaxProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxProfileUpdate"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAttachments: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                attachment_context_id?: string;
                attachment_context_type_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attachments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentWrite"];
            };
        };
        responses: {
            /** @description The attachment. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentWrite"];
            };
        };
        responses: {
            /** @description The attachment after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachmentFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its MIME type as content type. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProductSalesPriceTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description true or false. */
                active?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProductSalesPriceType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProductSalesPriceType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProductSalesPriceType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProductSalesPriceType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServiceRateTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description true or false. */
                active?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createServiceRateType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getServiceRateType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateServiceRateType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteServiceRateType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAnalysisTypes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description header or line. */
                analysis_type_level?: string;
                /** @description Part of the name. */
                search?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAnalysisType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAnalysisType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAnalysisTypeCategories: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Categories of this analysis type. */
                analysis_type_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAnalysisTypeCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAnalysisTypeCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAnalysisTypeCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAnalysisTypeCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listHostedArtefactPaymentSettings: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description The artefact. */
                object_guid?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createHostedArtefactPaymentSetting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHostedArtefactPaymentSetting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessListRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteHostedArtefactPaymentSetting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deletion is remembered for `deleted_since`. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBankReconciliations: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Reconciliations of this bank account. */
                bank_account_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBankReconciliation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBankReconciliation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBankReconciliation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMigrationTaxReturns: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createMigrationTaxReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessListWrite"];
            };
        };
        responses: {
            /** @description The new record. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMigrationTaxReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaxDeterminations: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                date?: string;
                contact_id?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tax rates. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBankFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank feed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSalesInvoices: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
                /** @description Only artefacts with this status. */
                status_id?: components["parameters"]["StatusId"];
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description Include `payments_allocations` in each artefact. */
                show_payments_allocations?: components["parameters"]["ShowPaymentsAllocations"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sales invoices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSalesInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesInvoiceCreate"];
            };
        };
        responses: {
            /** @description The new sales invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSalesInvoice: {
        parameters: {
            query?: {
                /** @description Include `payments_allocations` in each artefact. */
                show_payments_allocations?: components["parameters"]["ShowPaymentsAllocations"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sales invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSalesInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesInvoiceUpdate"];
            };
        };
        responses: {
            /** @description The sales invoice after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    voidSalesInvoice: {
        parameters: {
            query?: {
                /** @description Why the invoice is voided (also read from a JSON body, `{"void_reason": ...}`); at most 200 characters. */
                void_reason?: string;
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voided invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releaseSalesInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPurchaseInvoices: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
                /** @description Only artefacts with this status. */
                status_id?: components["parameters"]["StatusId"];
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description Include `payments_allocations` in each artefact. */
                show_payments_allocations?: components["parameters"]["ShowPaymentsAllocations"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of purchase invoices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseInvoiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPurchaseInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseInvoiceCreate"];
            };
        };
        responses: {
            /** @description The new purchase invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPurchaseInvoice: {
        parameters: {
            query?: {
                /** @description Include `payments_allocations` in each artefact. */
                show_payments_allocations?: components["parameters"]["ShowPaymentsAllocations"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePurchaseInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseInvoiceUpdate"];
            };
        };
        responses: {
            /** @description The purchase invoice after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePurchaseInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releasePurchaseInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseInvoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactPayments: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
                /** @description Only payments through this bank account. */
                bank_account_id?: string;
                /** @description Only payments of this kind. */
                transaction_type_id?: components["schemas"]["PaymentTransactionType"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contact payments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPaymentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createContactPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPaymentCreate"];
            };
        };
        responses: {
            /** @description The new payment. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPayment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPayment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContactPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactAllocations: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description `attribute:asc` or `attribute:desc`, comma-separated; the attributes allowed differ per list. */
                sort?: components["parameters"]["Sort"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
                /** @description Only allocations of this kind. */
                transaction_type_id?: components["schemas"]["AllocationTransactionType"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contact allocations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAllocationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createContactAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactAllocationCreate"];
            };
        };
        responses: {
            /** @description The new allocation. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAllocation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact allocation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAllocation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContactAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJournals: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description Records created or updated at or after this time (inclusive). */
                updated_or_created_since?: components["parameters"]["UpdatedOrCreatedSince"];
                /** @description Records deleted after this time (exclusive); the items are the deleted records' `id`, `displayed_as`, `$path` and `deleted_at`. */
                deleted_since?: components["parameters"]["DeletedSince"];
            };
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of journals. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createJournal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JournalCreate"];
            };
        };
        responses: {
            /** @description The new journal. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journal"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJournal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journal"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteJournal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reissueJournal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The business to work on. Without it, the user's lead business. */
                "X-Business"?: components["parameters"]["X-Business"];
            };
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JournalReissue"];
            };
        };
        responses: {
            /** @description The new journal. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journal"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authorize: {
        parameters: {
            query: {
                /** @description Sage's authorize URL carries `filter=apiv3.1`. */
                filter?: "apiv3.1";
                /** @description The app's client id (`<hex>/<hex>`, URL-encoded). */
                client_id: string;
                response_type: "code";
                /** @description One of the app's registered callbacks, exactly. */
                redirect_uri: string;
                scope: components["schemas"]["Scope"];
                /** @description Returned unchanged on the callback. */
                state?: string;
                /** @description Preselected country. */
                country?: components["schemas"]["CountryCode"];
                locale?: string;
                /** @description PKCE challenge. */
                code_challenge?: string;
                code_challenge_method?: "S256" | "plain";
                /**
                 * @description Headless consent (the mock's own, not Sage's): approve at once as the user with this id or
                 *     email, without the page. `POST /__mock/oauth/preapprove` does the same from the control plane.
                 */
                sage_mock_user?: string;
                /** @description With `sage_mock_user`, `deny` answers `error=access_denied` instead. */
                sage_mock_decision?: "allow" | "deny";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConsentPage"];
            302: components["responses"]["AuthorizeRedirect"];
            400: components["responses"]["AuthorizeErrorPage"];
        };
    };
    consent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConsentForm"];
            };
        };
        responses: {
            302: components["responses"]["AuthorizeRedirect"];
            400: components["responses"]["AuthorizeErrorPage"];
            /** @description The consent page again, saying what is missing. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AuthorizationCodeGrant"] | components["schemas"]["RefreshTokenGrant"];
            };
        };
        responses: {
            /** @description A new token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
        };
    };
    mockReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            /** @description The new world. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockWorld: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldView"];
                };
            };
        };
    };
    mockMintToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MintTokenRequest"];
            };
        };
        responses: {
            /** @description A new token chain's first pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time every expiry, window and quota reads. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockView"];
                };
            };
        };
    };
    mockAdvanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvanceClockRequest"];
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockSetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClockRequest"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockJournal: {
        parameters: {
            query?: {
                method?: string;
                /** @description Path prefix, with `/v3.1` for API requests. */
                path?: string;
                status?: number;
                surface?: "api" | "authorize" | "token";
                client_id?: string;
                user_id?: string;
                business_id?: string;
                chain_id?: string;
                flag?: string;
                /** @description Entries after this sequence number. */
                since_seq?: number;
                /** @description The newest this many. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPage"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockSetLeadBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadBusinessRequest"];
            };
        };
        responses: {
            /** @description The user after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldUser"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    mockCreateBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBusinessRequest"];
            };
        };
        responses: {
            /** @description The new business. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldBusiness"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockDeleteBusiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteBusinessResult"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockSetSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description The business after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorldBusiness"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    mockTrialBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trial balance. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialBalance"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockRegisterApp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAppRequest"];
            };
        };
        responses: {
            /** @description The registered app. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockRemoveApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-encoded (`abc%2Fdef`). */
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockConnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectRequest"];
            };
        };
        responses: {
            /** @description A new chain's first pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockPreapprove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreapproveRequest"];
            };
        };
        responses: {
            /** @description The pre-approval. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreapprovalView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockPreapprovals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pre-approvals. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $items: components["schemas"]["PreapprovalView"][];
                    };
                };
            };
        };
    };
    mockClearPreapprovals: {
        parameters: {
            query?: {
                client_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were cleared. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cleared: number;
                    };
                };
            };
        };
    };
    mockChains: {
        parameters: {
            query?: {
                client_id?: string;
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chains. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $total: number;
                        $items: components["schemas"]["ChainView"][];
                    };
                };
            };
        };
    };
    mockRevokeChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain, revoked. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainView"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockExpireToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpireTokenRequest"];
            };
        };
        responses: {
            /** @description The expired token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiredToken"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    mockLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limits. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsView"];
                };
            };
        };
    };
    mockSetLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitsUpdate"];
            };
        };
        responses: {
            /** @description The limits after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockLatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latches. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $items: components["schemas"]["LatchView"][];
                    };
                };
            };
        };
    };
    mockCreateLatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LatchRequest"];
            };
        };
        responses: {
            /** @description The latch. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatchView"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockReleaseLatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released latches. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $items: components["schemas"]["LatchView"][];
                    };
                };
            };
        };
    };
    mockWaitLatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LatchWaitRequest"];
            };
        };
        responses: {
            /** @description Whether the count was reached. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatchWait"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    mockReleaseLatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released latch. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatchView"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockIdempotency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        $total: number;
                        $items: components["schemas"]["IdempotencyRecordView"][];
                    };
                };
            };
        };
    };
    mockScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario and its status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioState"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    mockApplyScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Scenario"];
            };
        };
        responses: {
            /** @description The scenario and its status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioState"];
                };
            };
            422: components["responses"]["Unprocessable"];
        };
    };
    mockClearScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No scenario is active now. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
