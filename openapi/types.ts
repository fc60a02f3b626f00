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
         * @description GB and IE ids are mnemonic (`GB_STANDARD`); US and CA ids are 32-hex ids that differ per business. `sort` accepts `name`, `percentage`, `created_at`, `updated_at`.
         */
        get: operations["listTaxRates"];
        put?: never;
        /**
         * Create a tax rate (US businesses only)
         * @description Elsewhere 422 on `base` [guess]. `name` is required; `percentage` directly or in `component_tax_rate`.
         */
        post: operations["createTaxRate"];
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
        /** Change a tax rate created in a US business */
        put: operations["updateTaxRate"];
        post?: never;
        /** Delete a tax rate created in a US business that nothing names */
        delete: operations["deleteTaxRate"];
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
        /**
         * Change a bank account
         * @description A new `nominal_code` moves the backing ledger account's code too. The balance is the ledger's.
         */
        put: operations["updateBankAccount"];
        post?: never;
        /**
         * Delete a bank account with no transactions
         * @description Refused (422) once its ledger account has entries [guess]; the ledger account stays.
         */
        delete: operations["deleteBankAccount"];
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
        /**
         * Change a contact payment
         * @description The contact payment as it stands with the fields sent changed, checked as a new one would be (what it
         *     already allocated is given back first), then re-posted under the same id [guess].
         */
        put: operations["updateContactPayment"];
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
        /**
         * Change a contact allocation
         * @description The contact allocation as it stands with the fields sent changed, checked as a new one would be (what it
         *     already allocated is given back first), then re-posted under the same id [guess].
         */
        put: operations["updateContactAllocation"];
        post?: never;
        /** Delete an allocation and restore the outstanding amounts */
        delete: operations["deleteContactAllocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_credit_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales credit notes of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`. Void credit notes stay listed and are also listed by `deleted_since`.
         */
        get: operations["listSalesCreditNotes"];
        put?: never;
        /**
         * Give a customer credit
         * @description The mirror of a sales invoice: debits the lines' accounts and sales tax, credits trade debtors.
         *     UNPAID (default, numbered `SCN-1`, ... [guess]) or DRAFT. Allocations and receipts set it against
         *     invoices (negative amounts); customer refunds pay it out.
         */
        post: operations["createSalesCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_credit_notes/{id}": {
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
        /** One sales credit note */
        get: operations["getSalesCreditNote"];
        /** Change a sales credit note */
        put: operations["updateSalesCreditNote"];
        post?: never;
        /** Void a sales credit note */
        delete: operations["voidSalesCreditNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_credit_notes/{id}/release": {
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
        /** Post a draft sales credit note */
        post: operations["releaseSalesCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_credit_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchase credit notes of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listPurchaseCreditNotes"];
        put?: never;
        /**
         * Record credit from a vendor
         * @description The mirror of a purchase invoice: debits trade creditors, credits the lines' accounts and purchase tax.
         */
        post: operations["createPurchaseCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_credit_notes/{id}": {
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
        /** One purchase credit note */
        get: operations["getPurchaseCreditNote"];
        /** Change a purchase credit note */
        put: operations["updatePurchaseCreditNote"];
        post?: never;
        /** Delete a purchase credit note that is not allocated */
        delete: operations["deletePurchaseCreditNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_credit_notes/{id}/release": {
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
        /** Post a draft purchase credit note */
        post: operations["releasePurchaseCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products of the business
         * @description `sort` accepts `created_at`, `updated_at`, `item_code`, `description`.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description `description`, `sales_ledger_account_id` and `purchase_ledger_account_id` are required. Invoice and credit-note lines
         *     that name it with `product_id` take its description, ledger account, tax rate and first sales price as defaults.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
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
        /** One product */
        get: operations["getProduct"];
        /** Change a product */
        put: operations["updateProduct"];
        post?: never;
        /** Delete a product no document line names */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Services of the business
         * @description `sort` accepts `created_at`, `updated_at`, `item_code`, `description`.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a service
         * @description `description` and `sales_ledger_account_id` are required. Lines that name it with `service_id` take its
         *     description, ledger account, tax rate and first sales rate as defaults.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}": {
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
        /** One service */
        get: operations["getService"];
        /** Change a service */
        put: operations["updateService"];
        post?: never;
        /** Delete a service no document line names */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock items of the business
         * @description `sort` accepts `created_at`, `updated_at`, `item_code`, `description`.
         */
        get: operations["listStockItems"];
        put?: never;
        /**
         * Create a stock item
         * @description `item_code`, `description`, `sales_ledger_account_id` and `purchase_ledger_account_id` are required. Lines name it
         *     with `product_id`. Stock quantities are stored as sent; documents do not move them [guess].
         */
        post: operations["createStockItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock_items/{id}": {
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
        /** One stock item */
        get: operations["getStockItem"];
        /** Change a stock item */
        put: operations["updateStockItem"];
        post?: never;
        /** Delete a stock item no document line names */
        delete: operations["deleteStockItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transactions of the business (one per posting or reversal)
         * @description Every posted document's `transaction` link resolves here. A reversed transaction and its reversal are both `deleted` [guess].
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{id}": {
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
        /** One transaction */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries of the business */
        get: operations["listLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_entries/{id}": {
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
        /** One ledger entry */
        get: operations["getLedgerEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales quotes of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `expiry_date`.
         */
        get: operations["listSalesQuotes"];
        put?: never;
        /**
         * Quote a customer
         * @description Priced like an invoice, posts nothing; numbered `SQ-1`, ... [guess]. `expiry_date` is required.
         *     `POST /sales_invoices` with `original_quote_estimate_id` makes an invoice from it.
         */
        post: operations["createSalesQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_quotes/{id}": {
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
        /** One sales quote */
        get: operations["getSalesQuote"];
        /** Change a sales quote */
        put: operations["updateSalesQuote"];
        post?: never;
        /** Delete a sales quote */
        delete: operations["deleteSalesQuote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales estimates of the business
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `expiry_date`.
         */
        get: operations["listSalesEstimates"];
        put?: never;
        /**
         * Give a customer an estimate
         * @description Priced like an invoice, posts nothing; numbered `SE-1`, ... [guess]. `expiry_date` is required.
         *     `POST /sales_invoices` with `original_quote_estimate_id` makes an invoice from it.
         */
        post: operations["createSalesEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_estimates/{id}": {
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
        /** One sales estimate */
        get: operations["getSalesEstimate"];
        /** Change a sales estimate */
        put: operations["updateSalesEstimate"];
        post?: never;
        /** Delete a sales estimate */
        delete: operations["deleteSalesEstimate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/other_payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Other payments and receipts
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listOtherPayments"];
        put?: never;
        /**
         * Record money out or in against ledger accounts
         * @description The payment lines must add up to `total_amount` [guess]. A receipt debits the bank and credits the lines'
         *     accounts and sales tax; a payment the mirror (purchase tax).
         */
        post: operations["createOtherPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/other_payments/{id}": {
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
        /** One other payment */
        get: operations["getOtherPayment"];
        /**
         * Change a other payment
         * @description The fields left out keep their values (`payment_lines`, when sent, replaces them); the posting is reversed and written again [guess].
         */
        put: operations["updateOtherPayment"];
        post?: never;
        /** Delete an other payment (its posting is reversed) */
        delete: operations["deleteOtherPayment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers between bank accounts
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listBankTransfers"];
        put?: never;
        /**
         * Move money between two bank accounts
         * @description Debits the destination's ledger account and credits the source's.
         */
        post: operations["createBankTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_transfers/{id}": {
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
        /** One bank transfer */
        get: operations["getBankTransfer"];
        /** Change a bank transfer */
        put: operations["updateBankTransfer"];
        post?: never;
        /** Delete a bank transfer (its posting is reversed) */
        delete: operations["deleteBankTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deposits of cash and cheques
         * @description `sort` accepts `created_at`, `updated_at`, `date`.
         */
        get: operations["listBankDeposits"];
        put?: never;
        /**
         * Pay cash and cheques into a bank account
         * @description `cash_amount` + `cheque_amount` (= `total_amount` when sent) moves from one bank account to the other.
         */
        post: operations["createBankDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_deposits/{id}": {
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
        /** One bank deposit */
        get: operations["getBankDeposit"];
        put?: never;
        post?: never;
        /** Delete a bank deposit (its posting is reversed) */
        delete: operations["deleteBankDeposit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Journal codes (FR, ES and DE businesses are seeded with reserved ones)
         * @description `sort` accepts `code`, `name`, `created_at`, `updated_at`.
         */
        get: operations["listJournalCodes"];
        put?: never;
        /**
         * Create a journal code
         * @description `name`, `code` (unique [guess]) and `journal_code_type_id` are required; `control_name` is Sage's to set.
         */
        post: operations["createJournalCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal_codes/{id}": {
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
        /** One journal code */
        get: operations["getJournalCode"];
        /** Change a journal code */
        put: operations["updateJournalCode"];
        post?: never;
        /** Delete a journal code that is not reserved and no journal uses */
        delete: operations["deleteJournalCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unallocated_artefacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit notes and payments on account not yet set against invoices [guess] */
        get: operations["listUnallocatedArtefacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unallocated_artefacts/{id}": {
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
        /** One unallocated artefact */
        get: operations["getUnallocatedArtefact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_opening_balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger account opening balances */
        get: operations["listLedgerAccountOpeningBalances"];
        put?: never;
        /**
         * Bring a ledger account's balance forward
         * @description Exactly one of `debit` and `credit` above zero [guess]; the opposite goes to the opening balances control account, created on first use [guess].
         */
        post: operations["createLedgerAccountOpeningBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger_account_opening_balances/{id}": {
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
        /** One ledger account opening balance */
        get: operations["getLedgerAccountOpeningBalance"];
        /** Change a ledger account opening balance */
        put: operations["updateLedgerAccountOpeningBalance"];
        post?: never;
        /** Delete a ledger account opening balance */
        delete: operations["deleteLedgerAccountOpeningBalance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_opening_balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank opening balances */
        get: operations["listBankOpeningBalances"];
        put?: never;
        /**
         * Bring a bank account's balance forward
         * @description Exactly one of `debit` and `credit` above zero [guess]; the opposite goes to the opening balances control account.
         */
        post: operations["createBankOpeningBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank_opening_balances/{id}": {
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
        /** One bank opening balance */
        get: operations["getBankOpeningBalance"];
        /** Change a bank opening balance */
        put: operations["updateBankOpeningBalance"];
        post?: never;
        /** Delete a bank opening balance */
        delete: operations["deleteBankOpeningBalance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opening_balance_journals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opening balance journals */
        get: operations["listOpeningBalanceJournals"];
        put?: never;
        /**
         * Bring balances forward as one balanced journal
         * @description Debits must equal credits; no line on trade debtors or creditors [guess].
         */
        post: operations["createOpeningBalanceJournal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opening_balance_journals/{id}": {
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
        /** One opening balance journal */
        get: operations["getOpeningBalanceJournal"];
        put?: never;
        post?: never;
        /** Delete a opening balance journal */
        delete: operations["deleteOpeningBalanceJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_opening_balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact opening balances (invoices and credit notes brought forward) */
        get: operations["listContactOpeningBalances"];
        put?: never;
        /**
         * Bring a contact's invoice or credit note forward
         * @description An artefact that payments and allocations settle. A customer's posts on trade debtors, a vendor-only contact's on trade creditors,
         *     against the opening balances control account; PUT and DELETE are refused while it is allocated [guess].
         */
        post: operations["createContactOpeningBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_opening_balances/{id}": {
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
        /** One contact opening balance */
        get: operations["getContactOpeningBalance"];
        /** Change a contact opening balance */
        put: operations["updateContactOpeningBalance"];
        post?: never;
        /** Delete a contact opening balance */
        delete: operations["deleteContactOpeningBalance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_quick_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales quick entries
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`.
         */
        get: operations["listSalesQuickEntries"];
        put?: never;
        /**
         * Record a customer invoice or credit note in one line
         * @description Posts as the document it stands for; payments and allocations settle it. `total_amount`, when sent, must be net plus tax.
         */
        post: operations["createSalesQuickEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_quick_entries/{id}": {
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
        /** One sales quick entry */
        get: operations["getSalesQuickEntry"];
        /** Change a sales quick entry */
        put: operations["updateSalesQuickEntry"];
        post?: never;
        /** Delete a sales quick entry */
        delete: operations["deleteSalesQuickEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_quick_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchase quick entries
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`.
         */
        get: operations["listPurchaseQuickEntries"];
        put?: never;
        /**
         * Record a vendor invoice or credit note in one line
         * @description Posts as the document it stands for; payments and allocations settle it.
         */
        post: operations["createPurchaseQuickEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_quick_entries/{id}": {
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
        /** One purchase quick entry */
        get: operations["getPurchaseQuickEntry"];
        /** Change a purchase quick entry */
        put: operations["updatePurchaseQuickEntry"];
        post?: never;
        /** Delete a purchase quick entry */
        delete: operations["deletePurchaseQuickEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_corrective_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales corrective invoices (Spanish businesses)
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`.
         */
        get: operations["listSalesCorrectiveInvoices"];
        put?: never;
        /**
         * Correct a posted sales invoice (Spain)
         * @description `original_invoice_id` names a posted invoice of the same contact. It posts the mirror of an invoice and is a credit of
         *     the customer [guess]; numbered `SCI-1`, ... [guess]. Elsewhere than in Spain, 422 [guess].
         */
        post: operations["createSalesCorrectiveInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales_corrective_invoices/{id}": {
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
        /** One sales corrective invoice */
        get: operations["getSalesCorrectiveInvoice"];
        /** Change a sales corrective invoice */
        put: operations["updateSalesCorrectiveInvoice"];
        post?: never;
        /** Void a sales corrective invoice */
        delete: operations["voidSalesCorrectiveInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_corrective_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchase corrective invoices (Spanish businesses)
         * @description `sort` accepts `created_at`, `updated_at`, `date`, `due_date`.
         */
        get: operations["listPurchaseCorrectiveInvoices"];
        put?: never;
        /**
         * Record a vendor's correction of a purchase invoice (Spain)
         * @description `original_invoice_id` names a posted purchase invoice of the same vendor; it posts the mirror of a purchase invoice [guess].
         */
        post: operations["createPurchaseCorrectiveInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase_corrective_invoices/{id}": {
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
        /** One purchase corrective invoice */
        get: operations["getPurchaseCorrectiveInvoice"];
        /** Change a purchase corrective invoice */
        put: operations["updatePurchaseCorrectiveInvoice"];
        post?: never;
        /** Delete a purchase corrective invoice that is not allocated */
        delete: operations["deletePurchaseCorrectiveInvoice"];
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
    "/__mock/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness for CI and containers
         * @description Needs no admin token, even when the server requires one for the rest of the control plane.
         */
        get: operations["mockHealth"];
        put?: never;
        post?: never;
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
         * @description Control-plane calls are not recorded. The journal is bounded; the oldest entries fall off. The answer is the array `mock.admin.journal(query)` returns in-process, entry for entry.
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
        TaxRateFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            name?: string;
            agency?: string;
            /** @description 0 to 100. */
            percentage?: components["schemas"]["MoneyInput"];
            is_visible?: boolean;
            component_tax_rate?: {
                name?: string;
                agency?: string;
                percentage?: components["schemas"]["MoneyInput"];
            };
        };
        TaxRateCreate: {
            tax_rate: WithRequired<components["schemas"]["TaxRateFields"], "name">;
        };
        TaxRateUpdate: {
            tax_rate: components["schemas"]["TaxRateFields"];
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
            /** @description Sage's JournalCode (France), as a PUT sent it. */
            journal_code?: Record<string, never> | null;
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
        BankAccountUpdate: {
            bank_account: {
                idempotency_id?: components["schemas"]["IdempotencyId"];
                bank_account_type_id?: components["schemas"]["BankAccountTypeId"];
                nominal_code?: number;
                is_active?: boolean;
                gifi_code?: number;
                /** @description One of /payment_methods. */
                default_payment_method_id?: string;
                /** @description Sage's JournalCode (France), stored as sent [guess]. */
                journal_code?: {
                    name?: string;
                    code?: string;
                    journal_code_type_id?: string;
                    control_name?: string;
                    reserved?: boolean;
                };
                currency_id?: string;
                /** @description The fields sent change; the others stay. */
                bank_account_details?: {
                    account_name?: string;
                    account_number?: string;
                    sort_code?: string;
                    bic?: string;
                    iban?: string;
                };
            };
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
            /** @description The net of the lines that are not services [guess]. */
            goods_amount: components["schemas"]["Money"];
            /** @description The net of the lines with a `service`. */
            service_amount: components["schemas"]["Money"];
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
            /** @description Not modelled (always empty). */
            links: unknown[];
            /** @description Not modelled. */
            stripe_transaction_id: null;
            /** @description The artefact settled. */
            artefact: components["schemas"]["Link"];
        };
        /** @description A line of an invoice or credit note, with its computed amounts. Sales lines have the discount fields, purchase lines do not (as in Sage). */
        InvoiceLine: {
            id: string;
            displayed_as: string;
            description: string;
            product: components["schemas"]["NullableLink"];
            service: components["schemas"]["NullableLink"];
            base_currency_unit_price: components["schemas"]["Money"];
            base_currency_net_amount: components["schemas"]["Money"];
            base_currency_tax_amount: components["schemas"]["Money"];
            base_currency_total_amount: components["schemas"]["Money"];
            base_currency_discount_amount?: components["schemas"]["Money"];
            /** @description Not modelled (always empty). */
            analysis_type_categories: unknown[];
            /**
             * @description Not modelled.
             * @constant
             */
            trade_of_asset: false;
            /** @description Not modelled (always empty). */
            tax_breakdown: unknown[];
            /** @description Not modelled (always empty). */
            base_currency_tax_breakdown: unknown[];
            /** @description Not modelled. */
            eu_goods_services_type: null;
            /** @description Not modelled (sales lines). */
            eu_sales_description?: null;
            /**
             * @description Not modelled (purchase lines).
             * @constant
             */
            is_purchase_for_resale?: false;
            /** @description Not modelled (purchase lines; Canadian tax). */
            gst_amount?: null;
            /** @description Not modelled (purchase lines; Canadian tax). */
            pst_amount?: null;
            /** @description Not modelled (purchase lines). */
            tax_recoverable?: null;
            ledger_account: components["schemas"]["Link"];
            quantity: components["schemas"]["Decimal"];
            unit_price: components["schemas"]["Money"];
            unit_price_includes_tax: boolean;
            discount_amount?: components["schemas"]["Money"];
            discount_percentage?: components["schemas"]["Decimal"];
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
            credit_note_lines?: components["schemas"]["InvoiceLine"][];
            tax_analysis?: components["schemas"]["TaxAnalysis"][];
            payments_allocations?: components["schemas"]["PaymentAllocation"][];
            /** @description Credit notes. */
            original_invoice_date?: components["schemas"]["Date"] | null;
            /** @description Sales invoices. */
            delivery_performance_date?: components["schemas"]["Date"] | null;
            main_address?: components["schemas"]["NullableArtefactAddress"];
            delivery_address?: components["schemas"]["NullableArtefactAddress"];
            main_address_free_form?: string;
            delivery_address_free_form?: string;
            /** @description The quote or estimate a sales invoice was made from. */
            original_quote_estimate?: components["schemas"]["NullableLink"];
            inverse_exchange_rate?: components["schemas"]["Decimal"];
            base_currency_total_discount_amount?: components["schemas"]["Money"];
            /** @description Not modelled (always empty). */
            links?: unknown[];
            /** @description Not modelled (false). */
            vat_reverse_charge?: boolean;
            /** @description Not modelled (false). */
            is_cis?: boolean;
            /** @description Not modelled. */
            cis_applicable_amount?: components["schemas"]["Money"];
            /** @description Not modelled. */
            base_currency_cis_applicable_amount?: components["schemas"]["Money"];
            /** @description Not modelled. */
            total_after_cis_deduction?: null;
            /** @description Not modelled. */
            base_currency_total_after_cis_deduction?: null;
            /** @description Not modelled (false). */
            has_cis_labour?: boolean;
            /** @description Not modelled (false). */
            has_cis_materials?: boolean;
            /** @description Not modelled. */
            detailed_tax_analysis?: null;
            /** @description Not modelled. */
            tax_address_region?: null;
            /** @description Not modelled. */
            withholding_tax_rate?: null;
            /** @description Not modelled. */
            withholding_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled. */
            base_currency_withholding_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled (false). */
            tax_reconciled?: boolean;
            /** @description Not modelled (false). */
            migrated?: boolean;
            /** @description Not modelled. */
            tax_calculation_method?: null;
            /** @description Not modelled (sales). */
            destination_consignment?: null;
            /** @description Not modelled (sales). */
            destination_vat_rates_in_use?: boolean;
            /** @description Not modelled (sales). */
            shipping_net_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales). */
            shipping_tax_rate?: null;
            /** @description Not modelled (sales). */
            shipping_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales). */
            shipping_tax_breakdown?: unknown[];
            /** @description Not modelled (sales). */
            shipping_total_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales). */
            base_currency_shipping_net_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales). */
            base_currency_shipping_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales). */
            base_currency_shipping_tax_breakdown?: unknown[];
            /** @description Not modelled (sales). */
            base_currency_shipping_total_amount?: components["schemas"]["Money"];
            /** @description Not modelled (sales invoices). */
            recurring_invoice?: null;
            /** @description Not modelled (invoices; always empty). */
            corrections?: unknown[];
            /** @description Not modelled (purchases). */
            postponed_accounting?: boolean;
            /** @description Not modelled (purchases). */
            import?: boolean;
            /** @description Not modelled (purchases). */
            vat_exempt_consignment?: boolean;
            /** @description Not modelled (purchases). */
            total_itc_amount?: components["schemas"]["Money"];
            /** @description Not modelled (purchases). */
            base_currency_total_itc_amount?: components["schemas"]["Money"];
            /** @description Not modelled (purchases). */
            total_itr_amount?: components["schemas"]["Money"];
            /** @description Not modelled (purchases). */
            base_currency_total_itr_amount?: components["schemas"]["Money"];
            /** @description Not modelled (purchases). */
            part_recoverable?: boolean;
        };
        /** @description An address carried by a sales document, as sent. */
        ArtefactAddress: {
            address_line_1: string;
            address_line_2: string;
            city: string;
            postal_code: string;
            region: string;
            country: components["schemas"]["NullableLink"];
            country_group: components["schemas"]["NullableLink"];
        };
        NullableArtefactAddress: components["schemas"]["ArtefactAddress"] | null;
        ArtefactAddressInput: {
            address_line_1?: string;
            address_line_2?: string;
            city?: string;
            postal_code?: string;
            region?: string;
            country_id?: string;
            country_group_id?: string;
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
        PurchaseInvoice: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "contact_name" | "contact_reference" | "date" | "due_date" | "reference" | "notes" | "status" | "currency" | "exchange_rate" | "total_quantity" | "net_amount" | "tax_amount" | "total_amount" | "payments_allocations_total_amount" | "payments_allocations_total_discount" | "total_paid" | "outstanding_amount" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_outstanding_amount" | "last_paid" | "void_reason" | "editable" | "invoice_lines" | "tax_analysis"> & WithRequired<components["schemas"]["PurchaseInvoiceExtras"], "vendor_reference">;
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
            /** @description Sales only (purchase lines have none and ignore it). At least 0 and at most quantity x unit price [guess]; wins over `discount_percentage`, which is then computed from it. */
            discount_amount?: components["schemas"]["MoneyInput"];
            /** @description Sales only. From 0 to 100. */
            discount_percentage?: components["schemas"]["MoneyInput"];
            /** @description A product of the business: its description, ledger account, tax rate and price are the line's defaults. */
            product_id?: string;
            /** @description A service of the business: its description, ledger account, tax rate and rate are the line's defaults. */
            service_id?: string;
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
            main_address?: components["schemas"]["ArtefactAddressInput"];
            delivery_address?: components["schemas"]["ArtefactAddressInput"];
            main_address_free_form?: string;
            delivery_address_free_form?: string;
            delivery_performance_date?: components["schemas"]["Date"];
            /** @description Make the invoice from this quote or estimate (not yet invoiced): what the body leaves out (contact, lines, reference, notes, addresses) comes from it [guess]; it becomes INVOICED. */
            original_quote_estimate_id?: string;
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
        SalesCreditNoteExtras: {
            /** @constant */
            credit_note_number_prefix?: "SCN-";
            /** @description `SCN-1`, `SCN-2`, ... per business; `SCN-DRAFT` for drafts. */
            credit_note_number?: string;
            terms_and_conditions?: string;
            sent?: boolean;
            sent_by_email?: boolean;
        };
        /** @description A credit note to a customer; `payments_allocations` only with `show_payments_allocations=true`. */
        SalesCreditNote: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "contact_name" | "contact_reference" | "date" | "original_invoice_date" | "reference" | "notes" | "status" | "currency" | "exchange_rate" | "total_quantity" | "net_amount" | "tax_amount" | "total_amount" | "total_discount_amount" | "payments_allocations_total_amount" | "payments_allocations_total_discount" | "total_paid" | "outstanding_amount" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_outstanding_amount" | "last_paid" | "void_reason" | "editable" | "credit_note_lines" | "tax_analysis" | "main_address" | "delivery_address"> & WithRequired<components["schemas"]["SalesCreditNoteExtras"], "credit_note_number_prefix" | "credit_note_number">;
        SalesCreditNoteList: components["schemas"]["ListEnvelope"] & {
            $items: (WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["SalesCreditNoteExtras"])[];
        };
        CreditNoteOwnFields: {
            original_invoice_date?: components["schemas"]["Date"];
            credit_note_lines?: WithRequired<components["schemas"]["InvoiceLineInput"], "description" | "ledger_account_id" | "tax_rate_id" | "unit_price">[];
        };
        SalesCreditNoteFields: {
            /**
             * @default UNPAID
             * @enum {string}
             */
            status_id: "UNPAID" | "DRAFT";
            terms_and_conditions?: string;
            main_address?: components["schemas"]["ArtefactAddressInput"];
            delivery_address?: components["schemas"]["ArtefactAddressInput"];
        } & (components["schemas"]["InvoiceFields"] & components["schemas"]["CreditNoteOwnFields"]);
        SalesCreditNoteCreate: {
            sales_credit_note: components["schemas"]["SalesCreditNoteFields"];
        };
        SalesCreditNoteUpdate: {
            sales_credit_note: components["schemas"]["SalesCreditNoteFields"];
        };
        /** @description A credit note from a vendor; `payments_allocations` only with `show_payments_allocations=true`. */
        PurchaseCreditNote: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "transaction" | "transaction_type" | "contact" | "contact_name" | "contact_reference" | "date" | "original_invoice_date" | "reference" | "notes" | "status" | "currency" | "exchange_rate" | "total_quantity" | "net_amount" | "tax_amount" | "total_amount" | "payments_allocations_total_amount" | "payments_allocations_total_discount" | "total_paid" | "outstanding_amount" | "base_currency_net_amount" | "base_currency_tax_amount" | "base_currency_total_amount" | "base_currency_outstanding_amount" | "last_paid" | "void_reason" | "editable" | "credit_note_lines" | "tax_analysis"> & WithRequired<components["schemas"]["PurchaseInvoiceExtras"], "vendor_reference">;
        PurchaseCreditNoteList: components["schemas"]["ListEnvelope"] & {
            $items: (WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["PurchaseInvoiceExtras"])[];
        };
        PurchaseCreditNoteFields: {
            /**
             * @default UNPAID
             * @enum {string}
             */
            status_id: "UNPAID" | "DRAFT";
            vendor_reference?: string;
        } & (components["schemas"]["InvoiceFields"] & components["schemas"]["CreditNoteOwnFields"]);
        PurchaseCreditNoteCreate: {
            purchase_credit_note: components["schemas"]["PurchaseCreditNoteFields"];
        };
        PurchaseCreditNoteUpdate: {
            purchase_credit_note: components["schemas"]["PurchaseCreditNoteFields"];
        };
        ContactPaymentUpdate: {
            /** @description Any field of a create; the fields left out keep their values (`allocated_artefacts`, when sent, replaces the list). */
            contact_payment: Record<string, never>;
        };
        ContactAllocationUpdate: {
            /** @description Any field of a create; the fields left out keep their values (`allocated_artefacts`, when sent, replaces the list). */
            contact_allocation: Record<string, never>;
        };
        ProductAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            /** @description False once a document line names it. */
            deletable?: boolean;
            deactivatable?: boolean;
            /** @description Not modelled (false). */
            used_on_recurring_invoice?: boolean;
            item_code?: string;
            description?: string;
            notes?: string;
            sales_ledger_account?: components["schemas"]["NullableLink"];
            sales_tax_rate?: components["schemas"]["NullableLink"];
            purchase_ledger_account?: components["schemas"]["NullableLink"];
            purchase_tax_rate?: components["schemas"]["NullableLink"];
            usual_supplier?: components["schemas"]["NullableLink"];
            cost_price?: components["schemas"]["Money"];
            source_guid?: string | null;
            purchase_description?: string;
            active?: boolean;
            sales_prices?: {
                id: string;
                displayed_as: string;
                created_at: components["schemas"]["Timestamp"];
                updated_at: components["schemas"]["Timestamp"];
                price_name: string;
                price: components["schemas"]["Money"];
                price_includes_tax: boolean;
                /** @description Not modelled. */
                product_sales_price_type: null;
            }[];
            catalog_item_type?: components["schemas"]["Link"];
        };
        /** @description A product. */
        Product: WithRequired<components["schemas"]["ProductAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "deletable" | "deactivatable" | "used_on_recurring_invoice" | "item_code" | "description" | "notes" | "sales_ledger_account" | "sales_tax_rate" | "purchase_ledger_account" | "purchase_tax_rate" | "usual_supplier" | "cost_price" | "source_guid" | "purchase_description" | "active" | "sales_prices" | "catalog_item_type">;
        ProductList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["ProductAttributes"], "id" | "displayed_as" | "$path">[];
        };
        ServiceAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            /** @description False once a document line names it. */
            deletable?: boolean;
            deactivatable?: boolean;
            /** @description Not modelled (false). */
            used_on_recurring_invoice?: boolean;
            item_code?: string;
            description?: string;
            notes?: string;
            sales_ledger_account?: components["schemas"]["NullableLink"];
            sales_tax_rate?: components["schemas"]["NullableLink"];
            purchase_ledger_account?: components["schemas"]["NullableLink"];
            purchase_tax_rate?: components["schemas"]["NullableLink"];
            usual_supplier?: components["schemas"]["NullableLink"];
            cost_price?: components["schemas"]["Money"];
            source_guid?: string | null;
            purchase_description?: string;
            active?: boolean;
            sales_rates?: {
                id: string;
                displayed_as: string;
                created_at: components["schemas"]["Timestamp"];
                updated_at: components["schemas"]["Timestamp"];
                rate_name: string;
                rate: components["schemas"]["Money"];
                rate_includes_tax: boolean;
                /** @description Not modelled. */
                service_rate_type: null;
            }[];
            /** @description Not modelled (false). */
            oss_service?: boolean;
        };
        /** @description A service. */
        Service: WithRequired<components["schemas"]["ServiceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "deletable" | "deactivatable" | "used_on_recurring_invoice" | "item_code" | "description" | "notes" | "sales_ledger_account" | "sales_tax_rate" | "purchase_ledger_account" | "purchase_tax_rate" | "usual_supplier" | "cost_price" | "source_guid" | "purchase_description" | "active" | "sales_rates" | "oss_service">;
        ServiceList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["ServiceAttributes"], "id" | "displayed_as" | "$path">[];
        };
        StockItemAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            /** @description False once a document line names it. */
            deletable?: boolean;
            deactivatable?: boolean;
            /** @description Not modelled (false). */
            used_on_recurring_invoice?: boolean;
            item_code?: string;
            description?: string;
            notes?: string;
            sales_ledger_account?: components["schemas"]["NullableLink"];
            sales_tax_rate?: components["schemas"]["NullableLink"];
            purchase_ledger_account?: components["schemas"]["NullableLink"];
            purchase_tax_rate?: components["schemas"]["NullableLink"];
            usual_supplier?: components["schemas"]["NullableLink"];
            cost_price?: components["schemas"]["Money"];
            source_guid?: string | null;
            purchase_description?: string;
            active?: boolean;
            sales_prices?: {
                id: string;
                displayed_as: string;
                created_at: components["schemas"]["Timestamp"];
                updated_at: components["schemas"]["Timestamp"];
                price_name: string;
                price: components["schemas"]["Money"];
                price_includes_tax: boolean;
                /** @description Not modelled. */
                product_sales_price_type: null;
            }[];
            catalog_item_type?: components["schemas"]["Link"];
            reorder_level?: components["schemas"]["Decimal"];
            reorder_quantity?: components["schemas"]["Decimal"];
            weight?: components["schemas"]["Decimal"];
            weight_converted?: components["schemas"]["Decimal"];
            quantity_in_stock?: components["schemas"]["Decimal"];
            last_cost_price?: components["schemas"]["Decimal"];
            last_cost_price_stock_value?: components["schemas"]["Decimal"];
            average_cost_price?: components["schemas"]["Decimal"];
            average_cost_price_stock_value?: components["schemas"]["Decimal"];
            location?: string;
            barcode?: string;
            supplier_part_number?: string;
            measurement_unit?: string;
            cost_price_last_updated?: components["schemas"]["Date"] | null;
        };
        /** @description A stock item. */
        StockItem: WithRequired<components["schemas"]["StockItemAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "deleted_at" | "deletable" | "deactivatable" | "used_on_recurring_invoice" | "item_code" | "description" | "notes" | "sales_ledger_account" | "sales_tax_rate" | "purchase_ledger_account" | "purchase_tax_rate" | "usual_supplier" | "cost_price" | "source_guid" | "purchase_description" | "active" | "sales_prices" | "quantity_in_stock" | "reorder_level">;
        StockItemList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["StockItemAttributes"], "id" | "displayed_as" | "$path">[];
        };
        CatalogItemFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            /** @description Unique per resource [guess]. */
            item_code?: string;
            description?: string;
            notes?: string;
            purchase_description?: string;
            sales_ledger_account_id?: string;
            purchase_ledger_account_id?: string;
            sales_tax_rate_id?: string;
            purchase_tax_rate_id?: string;
            /** @description A vendor. */
            usual_supplier_id?: string;
            cost_price?: components["schemas"]["MoneyInput"];
            source_guid?: string;
            active?: boolean;
            /** @enum {string} */
            catalog_item_type_id?: "NON_STOCK_ITEM" | "STOCK_ITEM";
            sales_prices?: {
                price_name?: string;
                price: components["schemas"]["MoneyInput"];
                price_includes_tax?: boolean;
                product_sales_price_type_id?: string;
            }[];
            sales_rates?: {
                rate_name?: string;
                rate: components["schemas"]["MoneyInput"];
                rate_includes_tax?: boolean;
                service_rate_type_id?: string;
            }[];
        };
        ProductCreate: {
            product: WithRequired<components["schemas"]["CatalogItemFields"], "description" | "sales_ledger_account_id" | "purchase_ledger_account_id">;
        };
        ProductUpdate: {
            product: components["schemas"]["CatalogItemFields"];
        };
        ServiceCreate: {
            service: WithRequired<components["schemas"]["CatalogItemFields"], "description" | "sales_ledger_account_id">;
        };
        ServiceUpdate: {
            service: components["schemas"]["CatalogItemFields"];
        };
        StockItemCreate: {
            stock_item: WithRequired<components["schemas"]["CatalogItemFields"], "item_code" | "description" | "sales_ledger_account_id" | "purchase_ledger_account_id">;
        };
        StockItemUpdate: {
            stock_item: components["schemas"]["CatalogItemFields"];
        };
        TransactionAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            date?: components["schemas"]["Date"];
            /** @description The transaction was reversed, or is a reversal [guess]. */
            deleted?: boolean;
            reference?: string;
            /** @description The sum of its debits. */
            total?: components["schemas"]["Money"];
            total_in_transaction_currency?: components["schemas"]["Money"];
            contact?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            origin?: {
                id: string;
                displayed_as: string;
                $path: components["schemas"]["Path"];
                links: unknown[];
                due_date: components["schemas"]["Date"] | null;
                outstanding_amount: components["schemas"]["Money"] | null;
                currency: components["schemas"]["Link"];
                status: components["schemas"]["NullableLink"];
                sent: boolean | null;
            };
            audit_trail_id?: number;
            /** @constant */
            number_of_attachments?: 0;
        };
        Transaction: WithRequired<components["schemas"]["TransactionAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "date" | "deleted" | "reference" | "total" | "total_in_transaction_currency" | "contact" | "transaction_type" | "origin" | "audit_trail_id" | "number_of_attachments">;
        TransactionList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["TransactionAttributes"], "id" | "displayed_as" | "$path">[];
        };
        LedgerEntryAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            date?: components["schemas"]["Date"];
            debit?: components["schemas"]["Money"];
            credit?: components["schemas"]["Money"];
            ledger_account?: components["schemas"]["Link"];
            transaction?: components["schemas"]["Link"];
            contact?: components["schemas"]["NullableLink"];
            deleted?: boolean;
            /** @description Not modelled. */
            tax_rate?: null;
            description?: string;
            /** @description Not modelled. */
            journal_code?: null;
        };
        LedgerEntry: WithRequired<components["schemas"]["LedgerEntryAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "date" | "debit" | "credit" | "ledger_account" | "transaction" | "contact" | "deleted" | "tax_rate" | "description" | "journal_code">;
        LedgerEntryList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["LedgerEntryAttributes"], "id" | "displayed_as" | "$path">[];
        };
        SalesQuoteAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            editable?: boolean;
            contact?: components["schemas"]["Link"];
            /** @constant */
            quote_number_prefix?: "SQ-";
            quote_number?: string;
            contact_name?: string;
            contact_reference?: string;
            date?: components["schemas"]["Date"];
            expiry_date?: components["schemas"]["Date"];
            reference?: string;
            notes?: string;
            terms_and_conditions?: string;
            main_address_free_form?: string;
            delivery_address_free_form?: string;
            main_address?: components["schemas"]["NullableArtefactAddress"];
            delivery_address?: components["schemas"]["NullableArtefactAddress"];
            status?: components["schemas"]["Link"];
            /** @description The invoice made from it. */
            invoice?: components["schemas"]["NullableLink"];
            net_amount?: components["schemas"]["Money"];
            tax_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_total_amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            inverse_exchange_rate?: components["schemas"]["Decimal"];
            total_quantity?: components["schemas"]["Decimal"];
            total_discount_amount?: components["schemas"]["Money"];
            base_currency_total_discount_amount?: components["schemas"]["Money"];
            payments_allocations_total_amount?: components["schemas"]["Money"];
            payments_allocations_total_discount?: components["schemas"]["Money"];
            total_paid?: components["schemas"]["Money"];
            quote_lines?: components["schemas"]["InvoiceLine"][];
            tax_analysis?: components["schemas"]["TaxAnalysis"][];
            links?: unknown[];
            vat_reverse_charge?: boolean;
            tax_calculation_method?: null;
            destination_consignment?: null;
            destination_vat_rates_in_use?: boolean;
            shipping_net_amount?: components["schemas"]["Money"];
            shipping_tax_rate?: null;
            shipping_tax_amount?: components["schemas"]["Money"];
            shipping_tax_breakdown?: unknown[];
            shipping_total_amount?: components["schemas"]["Money"];
            base_currency_shipping_net_amount?: components["schemas"]["Money"];
            base_currency_shipping_tax_amount?: components["schemas"]["Money"];
            base_currency_shipping_tax_breakdown?: unknown[];
            base_currency_shipping_total_amount?: components["schemas"]["Money"];
            sent?: boolean;
            sent_by_email?: boolean;
            detailed_tax_analysis?: null;
            tax_address_region?: null;
            withholding_tax_rate?: null;
            withholding_tax_amount?: components["schemas"]["Money"];
            base_currency_withholding_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled. */
            profit_analysis?: null;
            tax_reconciled?: boolean;
        };
        SalesQuote: WithRequired<components["schemas"]["SalesQuoteAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "contact" | "quote_number_prefix" | "quote_number" | "date" | "expiry_date" | "status" | "invoice" | "net_amount" | "tax_amount" | "total_amount" | "quote_lines" | "tax_analysis">;
        SalesQuoteList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["SalesQuoteAttributes"], "id" | "displayed_as" | "$path">[];
        };
        SalesQuoteFields: {
            /**
             * @default PENDING
             * @enum {string}
             */
            status_id: "PENDING" | "DRAFT" | "ACCEPTED" | "DECLINED";
            /** @description Not before `date`. */
            expiry_date?: components["schemas"]["Date"];
            terms_and_conditions?: string;
            main_address?: components["schemas"]["ArtefactAddressInput"];
            delivery_address?: components["schemas"]["ArtefactAddressInput"];
            quote_lines?: components["schemas"]["InvoiceLineInput"][];
        } & components["schemas"]["InvoiceFields"];
        SalesQuoteCreate: {
            sales_quote: WithRequired<components["schemas"]["SalesQuoteFields"], "expiry_date" | "quote_lines">;
        };
        SalesQuoteUpdate: {
            sales_quote: components["schemas"]["SalesQuoteFields"];
        };
        SalesEstimateAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            editable?: boolean;
            contact?: components["schemas"]["Link"];
            /** @constant */
            estimate_number_prefix?: "SE-";
            estimate_number?: string;
            contact_name?: string;
            contact_reference?: string;
            date?: components["schemas"]["Date"];
            expiry_date?: components["schemas"]["Date"];
            reference?: string;
            notes?: string;
            terms_and_conditions?: string;
            main_address_free_form?: string;
            delivery_address_free_form?: string;
            main_address?: components["schemas"]["NullableArtefactAddress"];
            delivery_address?: components["schemas"]["NullableArtefactAddress"];
            status?: components["schemas"]["Link"];
            /** @description The invoice made from it. */
            invoice?: components["schemas"]["NullableLink"];
            net_amount?: components["schemas"]["Money"];
            tax_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_total_amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            inverse_exchange_rate?: components["schemas"]["Decimal"];
            total_quantity?: components["schemas"]["Decimal"];
            total_discount_amount?: components["schemas"]["Money"];
            base_currency_total_discount_amount?: components["schemas"]["Money"];
            payments_allocations_total_amount?: components["schemas"]["Money"];
            payments_allocations_total_discount?: components["schemas"]["Money"];
            total_paid?: components["schemas"]["Money"];
            estimate_lines?: components["schemas"]["InvoiceLine"][];
            tax_analysis?: components["schemas"]["TaxAnalysis"][];
            links?: unknown[];
            vat_reverse_charge?: boolean;
            tax_calculation_method?: null;
            destination_consignment?: null;
            destination_vat_rates_in_use?: boolean;
            shipping_net_amount?: components["schemas"]["Money"];
            shipping_tax_rate?: null;
            shipping_tax_amount?: components["schemas"]["Money"];
            shipping_tax_breakdown?: unknown[];
            shipping_total_amount?: components["schemas"]["Money"];
            base_currency_shipping_net_amount?: components["schemas"]["Money"];
            base_currency_shipping_tax_amount?: components["schemas"]["Money"];
            base_currency_shipping_tax_breakdown?: unknown[];
            base_currency_shipping_total_amount?: components["schemas"]["Money"];
            sent?: boolean;
            sent_by_email?: boolean;
            detailed_tax_analysis?: null;
            tax_address_region?: null;
            withholding_tax_rate?: null;
            withholding_tax_amount?: components["schemas"]["Money"];
            base_currency_withholding_tax_amount?: components["schemas"]["Money"];
            /** @description Not modelled. */
            profit_analysis?: null;
            tax_reconciled?: boolean;
        };
        SalesEstimate: WithRequired<components["schemas"]["SalesEstimateAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "contact" | "estimate_number_prefix" | "estimate_number" | "date" | "expiry_date" | "status" | "invoice" | "net_amount" | "tax_amount" | "total_amount" | "estimate_lines" | "tax_analysis">;
        SalesEstimateList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["SalesEstimateAttributes"], "id" | "displayed_as" | "$path">[];
        };
        SalesEstimateFields: {
            /**
             * @default PENDING
             * @enum {string}
             */
            status_id: "PENDING" | "DRAFT" | "ACCEPTED" | "DECLINED";
            /** @description Not before `date`. */
            expiry_date?: components["schemas"]["Date"];
            terms_and_conditions?: string;
            main_address?: components["schemas"]["ArtefactAddressInput"];
            delivery_address?: components["schemas"]["ArtefactAddressInput"];
            estimate_lines?: components["schemas"]["InvoiceLineInput"][];
        } & components["schemas"]["InvoiceFields"];
        SalesEstimateCreate: {
            sales_estimate: WithRequired<components["schemas"]["SalesEstimateFields"], "expiry_date" | "estimate_lines">;
        };
        SalesEstimateUpdate: {
            sales_estimate: components["schemas"]["SalesEstimateFields"];
        };
        OtherPaymentAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            date?: components["schemas"]["Date"];
            reference?: string;
            payment_method?: components["schemas"]["NullableLink"];
            contact?: components["schemas"]["NullableLink"];
            bank_account?: components["schemas"]["Link"];
            tax_address_region?: null;
            net_amount?: components["schemas"]["Money"];
            tax_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
            payment_lines?: {
                id: string;
                displayed_as: string;
                analysis_type_categories?: unknown[];
                ledger_account: components["schemas"]["Link"];
                details: string;
                tax_rate: components["schemas"]["NullableLink"];
                net_amount: components["schemas"]["Money"];
                tax_amount: components["schemas"]["Money"];
                total_amount: components["schemas"]["Money"];
                tax_breakdown?: unknown[];
                is_purchase_for_resale?: boolean;
                trade_of_asset?: boolean;
                gst_amount?: null;
                pst_amount?: null;
                tax_recoverable?: null;
            }[];
            editable?: boolean;
            deletable?: boolean;
            total_itc_amount?: components["schemas"]["Money"];
            base_currency_total_itc_amount?: components["schemas"]["Money"];
            total_itr_amount?: components["schemas"]["Money"];
            base_currency_total_itr_amount?: components["schemas"]["Money"];
            part_recoverable?: boolean;
            withholding_tax_rate?: null;
            withholding_tax_amount?: components["schemas"]["Money"];
        };
        OtherPayment: WithRequired<components["schemas"]["OtherPaymentAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "date" | "reference" | "bank_account" | "total_amount" | "payment_lines">;
        OtherPaymentList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["OtherPaymentAttributes"], "id" | "displayed_as" | "$path">[];
        };
        OtherPaymentFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            /** @enum {string} */
            transaction_type_id?: "OTHER_PAYMENT" | "OTHER_RECEIPT";
            /** @description Required by the mock (the bank the money moves through). */
            bank_account_id?: string;
            contact_id?: string;
            payment_method_id?: string;
            date?: components["schemas"]["Date"];
            reference?: string;
            total_amount?: components["schemas"]["MoneyInput"];
            payment_lines?: {
                ledger_account_id: string;
                total_amount: components["schemas"]["MoneyInput"];
                /** @description Must equal total less tax when sent. */
                net_amount?: components["schemas"]["MoneyInput"];
                /** @description Computed from the total at the rate when left out [guess]. */
                tax_amount?: components["schemas"]["MoneyInput"];
                tax_rate_id?: string;
                details?: string;
            }[];
        };
        OtherPaymentCreate: {
            other_payment: WithRequired<components["schemas"]["OtherPaymentFields"], "transaction_type_id" | "bank_account_id" | "date" | "total_amount" | "payment_lines">;
        };
        OtherPaymentUpdate: {
            other_payment: components["schemas"]["OtherPaymentFields"];
        };
        BankTransferAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            date?: components["schemas"]["Date"];
            reference?: string;
            from_bank_account?: components["schemas"]["Link"];
            to_bank_account?: components["schemas"]["Link"];
            amount?: components["schemas"]["Money"];
            description?: string;
        };
        BankTransfer: WithRequired<components["schemas"]["BankTransferAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "date" | "reference" | "from_bank_account" | "to_bank_account" | "amount" | "description">;
        BankTransferList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["BankTransferAttributes"], "id" | "displayed_as" | "$path">[];
        };
        BankTransferFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            from_bank_account_id?: string;
            /** @description Another bank account than the source [guess]. */
            to_bank_account_id?: string;
            date?: components["schemas"]["Date"];
            amount?: components["schemas"]["MoneyInput"];
            reference?: string;
            description?: string;
        };
        BankTransferCreate: {
            bank_transfer: WithRequired<components["schemas"]["BankTransferFields"], "from_bank_account_id" | "to_bank_account_id" | "date" | "amount">;
        };
        BankTransferUpdate: {
            bank_transfer: components["schemas"]["BankTransferFields"];
        };
        BankDepositAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            date?: components["schemas"]["Date"];
            reference?: string;
            from_bank_account?: components["schemas"]["Link"];
            to_bank_account?: components["schemas"]["Link"];
            cash_amount?: components["schemas"]["Money"];
            cheque_amount?: components["schemas"]["Money"];
            total_amount?: components["schemas"]["Money"];
        };
        BankDeposit: WithRequired<components["schemas"]["BankDepositAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "date" | "reference" | "from_bank_account" | "to_bank_account" | "cash_amount" | "cheque_amount" | "total_amount">;
        BankDepositList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["BankDepositAttributes"], "id" | "displayed_as" | "$path">[];
        };
        BankDepositFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            from_bank_account_id?: string;
            to_bank_account_id?: string;
            date?: components["schemas"]["Date"];
            reference?: string;
            cash_amount?: components["schemas"]["MoneyInput"];
            cheque_amount?: components["schemas"]["MoneyInput"];
            /** @description Cash plus cheques, when sent. */
            total_amount?: components["schemas"]["MoneyInput"];
        };
        BankDepositCreate: {
            bank_deposit: WithRequired<components["schemas"]["BankDepositFields"], "from_bank_account_id" | "to_bank_account_id" | "date" | "reference" | "cash_amount">;
        };
        JournalCodeAttributes: {
            id?: string;
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            name?: string;
            code?: string;
            journal_code_type?: components["schemas"]["Link"];
            control_name?: string | null;
            reserved?: boolean;
        };
        JournalCode: WithRequired<components["schemas"]["JournalCodeAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "name" | "code" | "journal_code_type" | "control_name" | "reserved">;
        JournalCodeList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["JournalCodeAttributes"], "id" | "displayed_as" | "$path">[];
        };
        JournalCodeFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            name?: string;
            code?: string;
            /** @enum {string} */
            journal_code_type_id?: "SALES" | "PURCHASES" | "BANK" | "OTHER" | "OPENING_BALANCES";
        };
        JournalCodeCreate: {
            journal_code: WithRequired<components["schemas"]["JournalCodeFields"], "name" | "code" | "journal_code_type_id">;
        };
        JournalCodeUpdate: {
            journal_code: components["schemas"]["JournalCodeFields"];
        };
        UnallocatedArtefact: {
            id: string;
            displayed_as: string;
            /** @description The artefact's own path (a payment on account: its payment's). */
            $path: components["schemas"]["Path"];
            links: unknown[];
        };
        UnallocatedArtefactList: components["schemas"]["ListEnvelope"] & {
            $items: {
                id: string;
                displayed_as: string;
                $path: components["schemas"]["Path"];
                links?: unknown[];
            }[];
        };
        LedgerAccountOpeningBalanceAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            ledger_account?: components["schemas"]["Link"];
            details?: string;
            debit?: components["schemas"]["Money"];
            credit?: components["schemas"]["Money"];
        };
        LedgerAccountOpeningBalance: WithRequired<components["schemas"]["LedgerAccountOpeningBalanceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "ledger_account" | "details" | "debit" | "credit">;
        LedgerAccountOpeningBalanceList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["LedgerAccountOpeningBalanceAttributes"], "id" | "displayed_as" | "$path">[];
        };
        LedgerAccountOpeningBalanceFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            ledger_account_id?: string;
            details?: string;
            debit?: components["schemas"]["MoneyInput"];
            credit?: components["schemas"]["MoneyInput"];
        };
        LedgerAccountOpeningBalanceCreate: {
            ledger_account_opening_balance: WithRequired<components["schemas"]["LedgerAccountOpeningBalanceFields"], "ledger_account_id" | "debit" | "credit">;
        };
        LedgerAccountOpeningBalanceUpdate: {
            ledger_account_opening_balance: components["schemas"]["LedgerAccountOpeningBalanceFields"];
        };
        BankOpeningBalanceAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            bank_account?: components["schemas"]["Link"];
            date?: components["schemas"]["Date"];
            debit?: components["schemas"]["Money"];
            credit?: components["schemas"]["Money"];
        };
        BankOpeningBalance: WithRequired<components["schemas"]["BankOpeningBalanceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "bank_account" | "date" | "debit" | "credit">;
        BankOpeningBalanceList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["BankOpeningBalanceAttributes"], "id" | "displayed_as" | "$path">[];
        };
        BankOpeningBalanceFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            bank_account_id?: string;
            date?: components["schemas"]["Date"];
            debit?: components["schemas"]["MoneyInput"];
            credit?: components["schemas"]["MoneyInput"];
        };
        BankOpeningBalanceCreate: {
            bank_opening_balance: WithRequired<components["schemas"]["BankOpeningBalanceFields"], "bank_account_id" | "date" | "debit" | "credit">;
        };
        BankOpeningBalanceUpdate: {
            bank_opening_balance: components["schemas"]["BankOpeningBalanceFields"];
        };
        OpeningBalanceJournalAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            date?: components["schemas"]["Date"];
            reference?: string;
            journal_lines?: {
                id: string;
                ledger_account: components["schemas"]["Link"];
                details: string;
                debit: components["schemas"]["Money"];
                credit: components["schemas"]["Money"];
            }[];
        };
        OpeningBalanceJournal: WithRequired<components["schemas"]["OpeningBalanceJournalAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "date" | "reference" | "journal_lines">;
        OpeningBalanceJournalList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["OpeningBalanceJournalAttributes"], "id" | "displayed_as" | "$path">[];
        };
        OpeningBalanceJournalFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            /** @description Today on the mock's clock when left out. */
            date?: components["schemas"]["Date"];
            reference?: string;
            journal_lines?: {
                ledger_account_id: string;
                details?: string;
                debit: components["schemas"]["MoneyInput"];
                credit: components["schemas"]["MoneyInput"];
            }[];
        };
        OpeningBalanceJournalCreate: {
            opening_balance_journal: WithRequired<components["schemas"]["OpeningBalanceJournalFields"], "journal_lines">;
        };
        ContactOpeningBalanceAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            contact_opening_balance_type?: components["schemas"]["Link"];
            contact?: components["schemas"]["Link"];
            date?: components["schemas"]["Date"];
            reference?: string;
            details?: string;
            net_amount?: components["schemas"]["Money"];
            tax_rate?: components["schemas"]["NullableLink"];
            tax_amount?: components["schemas"]["Money"];
            tax_breakdown?: unknown[];
            total_amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_tax_breakdown?: unknown[];
            base_currency_total_amount?: components["schemas"]["Money"];
        };
        ContactOpeningBalance: WithRequired<components["schemas"]["ContactOpeningBalanceAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "contact_opening_balance_type" | "contact" | "date" | "reference" | "details" | "net_amount" | "tax_rate" | "tax_amount" | "total_amount">;
        ContactOpeningBalanceList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["ContactOpeningBalanceAttributes"], "id" | "displayed_as" | "$path">[];
        };
        ContactOpeningBalanceFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            /** @enum {string} */
            contact_opening_balance_type_id?: "INVOICE" | "CREDIT_NOTE";
            contact_id?: string;
            date?: components["schemas"]["Date"];
            reference?: string;
            total_amount?: components["schemas"]["MoneyInput"];
            details?: string;
            net_amount?: components["schemas"]["MoneyInput"];
            tax_rate_id?: string;
            tax_amount?: components["schemas"]["MoneyInput"];
        };
        ContactOpeningBalanceCreate: {
            contact_opening_balance: WithRequired<components["schemas"]["ContactOpeningBalanceFields"], "contact_opening_balance_type_id" | "contact_id" | "date" | "reference" | "total_amount">;
        };
        ContactOpeningBalanceUpdate: {
            contact_opening_balance: components["schemas"]["ContactOpeningBalanceFields"];
        };
        QuickEntryAttributes: {
            id?: components["schemas"]["Id"];
            displayed_as?: string;
            $path?: components["schemas"]["Path"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            transaction?: components["schemas"]["NullableLink"];
            transaction_type?: components["schemas"]["Link"];
            deleted_at?: components["schemas"]["NullableTimestamp"];
            analysis_type_categories?: unknown[];
            quick_entry_type?: components["schemas"]["Link"];
            contact_name?: string;
            contact_reference?: string;
            contact?: components["schemas"]["Link"];
            date?: components["schemas"]["Date"];
            due_date?: components["schemas"]["Date"];
            reference?: string;
            ledger_account?: components["schemas"]["Link"];
            details?: string;
            net_amount?: components["schemas"]["Money"];
            tax_rate?: components["schemas"]["NullableLink"];
            tax_amount?: components["schemas"]["Money"];
            tax_breakdown?: unknown[];
            total_amount?: components["schemas"]["Money"];
            outstanding_amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["Link"];
            exchange_rate?: components["schemas"]["Decimal"];
            inverse_exchange_rate?: components["schemas"]["Decimal"];
            base_currency_net_amount?: components["schemas"]["Money"];
            base_currency_tax_amount?: components["schemas"]["Money"];
            base_currency_tax_breakdown?: unknown[];
            base_currency_total_amount?: components["schemas"]["Money"];
            base_currency_outstanding_amount?: components["schemas"]["Money"];
            status?: components["schemas"]["Link"];
            payments_allocations?: components["schemas"]["PaymentAllocation"][];
            tax_address_region?: null;
            migrated?: boolean;
            trade_of_asset?: boolean;
            /** @description Purchases only; not modelled. */
            gst_amount?: null;
            /** @description Purchases only; not modelled. */
            pst_amount?: null;
            /** @description Purchases only; not modelled. */
            tax_recoverable?: null;
        };
        QuickEntryFields: {
            idempotency_id?: components["schemas"]["IdempotencyId"];
            /** @enum {string} */
            quick_entry_type_id?: "INVOICE" | "CREDIT_NOTE";
            contact_id?: string;
            date?: components["schemas"]["Date"];
            due_date?: components["schemas"]["Date"];
            reference?: string;
            ledger_account_id?: string;
            details?: string;
            net_amount?: components["schemas"]["MoneyInput"];
            tax_rate_id?: string;
            tax_amount?: components["schemas"]["MoneyInput"];
            total_amount?: components["schemas"]["MoneyInput"];
            currency_id?: string;
        };
        SalesQuickEntry: WithRequired<components["schemas"]["QuickEntryAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "quick_entry_type" | "contact" | "date" | "due_date" | "reference" | "ledger_account" | "net_amount" | "tax_amount" | "total_amount" | "outstanding_amount" | "status">;
        SalesQuickEntryList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["QuickEntryAttributes"], "id" | "displayed_as" | "$path">[];
        };
        SalesQuickEntryCreate: {
            sales_quick_entry: WithRequired<components["schemas"]["QuickEntryFields"], "quick_entry_type_id" | "contact_id" | "date" | "reference" | "ledger_account_id" | "net_amount">;
        };
        SalesQuickEntryUpdate: {
            sales_quick_entry: components["schemas"]["QuickEntryFields"];
        };
        PurchaseQuickEntry: WithRequired<components["schemas"]["QuickEntryAttributes"], "id" | "displayed_as" | "$path" | "created_at" | "updated_at" | "transaction" | "transaction_type" | "deleted_at" | "quick_entry_type" | "contact" | "date" | "due_date" | "reference" | "ledger_account" | "net_amount" | "tax_amount" | "total_amount" | "outstanding_amount" | "status">;
        PurchaseQuickEntryList: components["schemas"]["ListEnvelope"] & {
            $items: WithRequired<components["schemas"]["QuickEntryAttributes"], "id" | "displayed_as" | "$path">[];
        };
        PurchaseQuickEntryCreate: {
            purchase_quick_entry: WithRequired<components["schemas"]["QuickEntryFields"], "quick_entry_type_id" | "contact_id" | "date" | "reference" | "ledger_account_id" | "net_amount">;
        };
        PurchaseQuickEntryUpdate: {
            purchase_quick_entry: components["schemas"]["QuickEntryFields"];
        };
        CorrectiveExtras: {
            /** @constant */
            invoice_number_prefix?: "SCI-";
            invoice_number?: string;
            terms_and_conditions?: string;
            sent?: boolean;
            sent_by_email?: boolean;
            details?: string;
            original_invoice?: components["schemas"]["NullableLink"];
            original_invoice_number?: string;
            corrective_reason_code?: components["schemas"]["NullableLink"];
            vendor_reference?: string;
        };
        SalesCorrectiveInvoice: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "transaction" | "contact" | "date" | "due_date" | "status" | "total_amount" | "outstanding_amount" | "invoice_lines" | "original_invoice_date"> & WithRequired<components["schemas"]["CorrectiveExtras"], "invoice_number" | "original_invoice" | "original_invoice_number" | "corrective_reason_code">;
        PurchaseCorrectiveInvoice: WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path" | "transaction" | "contact" | "date" | "due_date" | "status" | "total_amount" | "outstanding_amount" | "invoice_lines" | "original_invoice_date"> & WithRequired<components["schemas"]["CorrectiveExtras"], "vendor_reference" | "original_invoice" | "original_invoice_number">;
        SalesCorrectiveInvoiceList: components["schemas"]["ListEnvelope"] & {
            $items: (WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["CorrectiveExtras"])[];
        };
        SalesCorrectiveInvoiceFields: {
            /** @description A posted invoice of the same contact. */
            original_invoice_id?: string;
            corrective_reason_code_id?: string;
            details?: string;
            vendor_reference?: string;
            invoice_lines?: components["schemas"]["InvoiceLineInput"][];
        } & components["schemas"]["InvoiceFields"];
        SalesCorrectiveInvoiceCreate: {
            sales_corrective_invoice: WithRequired<components["schemas"]["SalesCorrectiveInvoiceFields"], "original_invoice_id" | "invoice_lines">;
        };
        SalesCorrectiveInvoiceUpdate: {
            sales_corrective_invoice: components["schemas"]["SalesCorrectiveInvoiceFields"];
        };
        PurchaseCorrectiveInvoiceList: components["schemas"]["ListEnvelope"] & {
            $items: (WithRequired<components["schemas"]["InvoiceAttributes"], "id" | "displayed_as" | "$path"> & components["schemas"]["CorrectiveExtras"])[];
        };
        PurchaseCorrectiveInvoiceFields: {
            /** @description A posted invoice of the same contact. */
            original_invoice_id?: string;
            corrective_reason_code_id?: string;
            details?: string;
            vendor_reference?: string;
            invoice_lines?: components["schemas"]["InvoiceLineInput"][];
        } & components["schemas"]["InvoiceFields"];
        PurchaseCorrectiveInvoiceCreate: {
            purchase_corrective_invoice: WithRequired<components["schemas"]["PurchaseCorrectiveInvoiceFields"], "original_invoice_id" | "invoice_lines">;
        };
        PurchaseCorrectiveInvoiceUpdate: {
            purchase_corrective_invoice: components["schemas"]["PurchaseCorrectiveInvoiceFields"];
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
            /** @description Not modelled (always empty). */
            links?: unknown[];
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
            /** @description Not modelled (always empty). */
            links?: unknown[];
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
            /** @description Not modelled (always empty). */
            analysis_type_categories?: unknown[];
            /** @description Not modelled (one currency per business). */
            journal_line_foreign_currency?: null;
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
            /** @description Required on create in FR, ES and DE businesses. */
            journal_code?: components["schemas"]["NullableLink"];
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
            /** @description A journal code of the business; required in FR, ES and DE businesses. */
            journal_code_id?: string;
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
        Health: {
            /** @enum {string} */
            status: "ok";
            version: string;
            seed: number;
            clock: components["schemas"]["ClockView"];
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
            /** @description Real wall-clock duration of the exchange (ms). */
            durationMs?: number;
            /** @description Real (monotonic) milliseconds from the mock's creation to the arrival: with durationMs, which exchanges overlapped. */
            startedMs?: number;
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
    createTaxRate: {
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
                "application/json": components["schemas"]["TaxRateCreate"];
            };
        };
        responses: {
            /** @description The new tax rate. */
            201: {
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
    updateTaxRate: {
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
                "application/json": components["schemas"]["TaxRateUpdate"];
            };
        };
        responses: {
            /** @description The tax rate after the change. */
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTaxRate: {
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
    updateBankAccount: {
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
                "application/json": components["schemas"]["BankAccountUpdate"];
            };
        };
        responses: {
            /** @description The bank account after the change. */
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBankAccount: {
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
    updateContactPayment: {
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
                "application/json": components["schemas"]["ContactPaymentUpdate"];
            };
        };
        responses: {
            /** @description The contact payment after the change. */
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
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
    updateContactAllocation: {
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
                "application/json": components["schemas"]["ContactAllocationUpdate"];
            };
        };
        responses: {
            /** @description The contact allocation after the change. */
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
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
    listSalesCreditNotes: {
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
            /** @description A page of sales credit notes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNoteList"];
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
    createSalesCreditNote: {
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
                "application/json": components["schemas"]["SalesCreditNoteCreate"];
            };
        };
        responses: {
            /** @description The new sales credit note. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNote"];
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
    getSalesCreditNote: {
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
            /** @description The sales credit note. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNote"];
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
    updateSalesCreditNote: {
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
                "application/json": components["schemas"]["SalesCreditNoteUpdate"];
            };
        };
        responses: {
            /** @description The sales credit note after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNote"];
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
    voidSalesCreditNote: {
        parameters: {
            query?: {
                /** @description Why it is voided (also read from a JSON body); required unless it is a draft; at most 200 characters. */
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
            /** @description The voided sales credit note. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNote"];
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
    releaseSalesCreditNote: {
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
            /** @description The released sales credit note. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCreditNote"];
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
    listPurchaseCreditNotes: {
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
            /** @description A page of purchase credit notes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreditNoteList"];
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
    createPurchaseCreditNote: {
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
                "application/json": components["schemas"]["PurchaseCreditNoteCreate"];
            };
        };
        responses: {
            /** @description The new purchase credit note. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreditNote"];
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
    getPurchaseCreditNote: {
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
            /** @description The purchase credit note. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreditNote"];
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
    updatePurchaseCreditNote: {
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
                "application/json": components["schemas"]["PurchaseCreditNoteUpdate"];
            };
        };
        responses: {
            /** @description The purchase credit note after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreditNote"];
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
    deletePurchaseCreditNote: {
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
    releasePurchaseCreditNote: {
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
            /** @description The released purchase credit note. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreditNote"];
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
    listProducts: {
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
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description `true` or `false`. */
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
            /** @description A page of products. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
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
    createProduct: {
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
                "application/json": components["schemas"]["ProductCreate"];
            };
        };
        responses: {
            /** @description The new product. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    getProduct: {
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
            /** @description The product. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    updateProduct: {
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
                "application/json": components["schemas"]["ProductUpdate"];
            };
        };
        responses: {
            /** @description The product after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    deleteProduct: {
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
    listServices: {
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
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description `true` or `false`. */
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
            /** @description A page of services. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
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
    createService: {
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
                "application/json": components["schemas"]["ServiceCreate"];
            };
        };
        responses: {
            /** @description The new service. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
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
    getService: {
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
            /** @description The service. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
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
    updateService: {
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
                "application/json": components["schemas"]["ServiceUpdate"];
            };
        };
        responses: {
            /** @description The service after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
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
    deleteService: {
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
    listStockItems: {
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
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description `true` or `false`. */
                active?: string;
                /** @description `true`: quantity in stock at most 0. */
                out_of_stock?: string;
                /** @description `true`: quantity in stock below the reorder level. */
                below_reorder_level?: string;
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
            /** @description A page of stock items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemList"];
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
    createStockItem: {
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
                "application/json": components["schemas"]["StockItemCreate"];
            };
        };
        responses: {
            /** @description The new stock item. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItem"];
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
    getStockItem: {
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
            /** @description The stock item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItem"];
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
    updateStockItem: {
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
                "application/json": components["schemas"]["StockItemUpdate"];
            };
        };
        responses: {
            /** @description The stock item after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItem"];
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
    deleteStockItem: {
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
    listTransactions: {
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
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
                /** @description Transactions changed from this date or date-time. */
                updated_from_date?: string;
                /** @description Transactions changed until this date (the whole day) or date-time. */
                updated_to_date?: string;
                /** @description Only transactions of these types (comma-separated). */
                transaction_type_id?: string;
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
            /** @description A page of transactions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionList"];
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
    getTransaction: {
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
            /** @description The transaction. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
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
    listLedgerEntries: {
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
                /** @description Records dated on or after this date. */
                from_date?: components["parameters"]["FromDate"];
                /** @description Records dated on or before this date. */
                to_date?: components["parameters"]["ToDate"];
                /** @description Only the entries of this transaction. */
                transaction_id?: string;
                /** @description Only entries of these transaction types (comma-separated). */
                transaction_type_id?: string;
                /** @description Only entries on this ledger account. */
                ledger_account_id?: string;
                /** @description Never matches: entries carry no journal code in the mock. */
                journal_code_id?: string;
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
            /** @description A page of ledger entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryList"];
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
    getLedgerEntry: {
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
            /** @description The ledger entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntry"];
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
    listSalesQuotes: {
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
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description DRAFT, PENDING, ACCEPTED, DECLINED or INVOICED (comma-separated) [guess]. */
                status_id?: string;
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
            /** @description A page of sales quotes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuoteList"];
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
    createSalesQuote: {
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
                "application/json": components["schemas"]["SalesQuoteCreate"];
            };
        };
        responses: {
            /** @description The new sales quote. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuote"];
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
    getSalesQuote: {
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
            /** @description The sales quote. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuote"];
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
    updateSalesQuote: {
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
                "application/json": components["schemas"]["SalesQuoteUpdate"];
            };
        };
        responses: {
            /** @description The sales quote after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuote"];
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
    deleteSalesQuote: {
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
    listSalesEstimates: {
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
                /** @description Case-insensitive text search. */
                search?: components["parameters"]["Search"];
                /** @description DRAFT, PENDING, ACCEPTED, DECLINED or INVOICED (comma-separated) [guess]. */
                status_id?: string;
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
            /** @description A page of sales estimates. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesEstimateList"];
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
    createSalesEstimate: {
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
                "application/json": components["schemas"]["SalesEstimateCreate"];
            };
        };
        responses: {
            /** @description The new sales estimate. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesEstimate"];
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
    getSalesEstimate: {
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
            /** @description The sales estimate. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesEstimate"];
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
    updateSalesEstimate: {
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
                "application/json": components["schemas"]["SalesEstimateUpdate"];
            };
        };
        responses: {
            /** @description The sales estimate after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesEstimate"];
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
    deleteSalesEstimate: {
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
    listOtherPayments: {
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
                /** @description Only money through this bank account. */
                bank_account_id?: string;
                /** @description OTHER_PAYMENT or OTHER_RECEIPT. */
                transaction_type_id?: string;
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
            /** @description A page of other payments and receipts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtherPaymentList"];
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
    createOtherPayment: {
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
                "application/json": components["schemas"]["OtherPaymentCreate"];
            };
        };
        responses: {
            /** @description The new other payment. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtherPayment"];
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
    getOtherPayment: {
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
            /** @description The other payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtherPayment"];
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
    updateOtherPayment: {
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
                "application/json": components["schemas"]["OtherPaymentUpdate"];
            };
        };
        responses: {
            /** @description The other payment after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtherPayment"];
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
    deleteOtherPayment: {
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
    listBankTransfers: {
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
            /** @description A page of bank transfers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransferList"];
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
    createBankTransfer: {
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
                "application/json": components["schemas"]["BankTransferCreate"];
            };
        };
        responses: {
            /** @description The new bank transfer. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransfer"];
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
    getBankTransfer: {
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
            /** @description The bank transfer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransfer"];
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
    updateBankTransfer: {
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
                "application/json": components["schemas"]["BankTransferUpdate"];
            };
        };
        responses: {
            /** @description The bank transfer after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransfer"];
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
    deleteBankTransfer: {
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
    listBankDeposits: {
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
            /** @description A page of bank deposits. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankDepositList"];
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
    createBankDeposit: {
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
                "application/json": components["schemas"]["BankDepositCreate"];
            };
        };
        responses: {
            /** @description The new bank deposit. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankDeposit"];
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
    getBankDeposit: {
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
            /** @description The bank deposit. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankDeposit"];
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
    deleteBankDeposit: {
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
    listJournalCodes: {
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
            /** @description A page of journal codes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalCodeList"];
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
    createJournalCode: {
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
                "application/json": components["schemas"]["JournalCodeCreate"];
            };
        };
        responses: {
            /** @description The new journal code. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalCode"];
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
    getJournalCode: {
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
            /** @description The journal code. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalCode"];
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
    updateJournalCode: {
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
                "application/json": components["schemas"]["JournalCodeUpdate"];
            };
        };
        responses: {
            /** @description The journal code after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalCode"];
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
    deleteJournalCode: {
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
    listUnallocatedArtefacts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end answers the last page. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 200 (outside that range, 422). */
                items_per_page?: components["parameters"]["ItemsPerPage"];
                /** @description Extra attributes for list items, comma-separated, or `all`. */
                attributes?: components["parameters"]["Attributes"];
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
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
            /** @description A page of unallocated artefacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnallocatedArtefactList"];
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
    getUnallocatedArtefact: {
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
            /** @description The unallocated artefact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnallocatedArtefact"];
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
    listLedgerAccountOpeningBalances: {
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
            /** @description A page of ledger account opening balances. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountOpeningBalanceList"];
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
    createLedgerAccountOpeningBalance: {
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
                "application/json": components["schemas"]["LedgerAccountOpeningBalanceCreate"];
            };
        };
        responses: {
            /** @description The new ledger account opening balance. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountOpeningBalance"];
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
    getLedgerAccountOpeningBalance: {
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
            /** @description The ledger account opening balance. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountOpeningBalance"];
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
    updateLedgerAccountOpeningBalance: {
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
                "application/json": components["schemas"]["LedgerAccountOpeningBalanceUpdate"];
            };
        };
        responses: {
            /** @description The ledger account opening balance after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountOpeningBalance"];
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
    deleteLedgerAccountOpeningBalance: {
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
    listBankOpeningBalances: {
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
                /** @description Only this bank account's. */
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
            /** @description A page of bank opening balances. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankOpeningBalanceList"];
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
    createBankOpeningBalance: {
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
                "application/json": components["schemas"]["BankOpeningBalanceCreate"];
            };
        };
        responses: {
            /** @description The new bank opening balance. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankOpeningBalance"];
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
    getBankOpeningBalance: {
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
            /** @description The bank opening balance. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankOpeningBalance"];
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
    updateBankOpeningBalance: {
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
                "application/json": components["schemas"]["BankOpeningBalanceUpdate"];
            };
        };
        responses: {
            /** @description The bank opening balance after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankOpeningBalance"];
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
    deleteBankOpeningBalance: {
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
    listOpeningBalanceJournals: {
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
            /** @description A page of opening balance journals. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningBalanceJournalList"];
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
    createOpeningBalanceJournal: {
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
                "application/json": components["schemas"]["OpeningBalanceJournalCreate"];
            };
        };
        responses: {
            /** @description The new opening balance journal. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningBalanceJournal"];
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
    getOpeningBalanceJournal: {
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
            /** @description The opening balance journal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningBalanceJournal"];
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
    deleteOpeningBalanceJournal: {
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
    listContactOpeningBalances: {
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
                /** @description Only records of this contact. */
                contact_id?: components["parameters"]["ContactId"];
                /** @description CUSTOMER or VENDOR: the side it sits on. */
                contact_type_id?: string;
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
            /** @description A page of contact opening balances. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOpeningBalanceList"];
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
    createContactOpeningBalance: {
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
                "application/json": components["schemas"]["ContactOpeningBalanceCreate"];
            };
        };
        responses: {
            /** @description The new contact opening balance. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOpeningBalance"];
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
    getContactOpeningBalance: {
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
            /** @description The contact opening balance. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOpeningBalance"];
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
    updateContactOpeningBalance: {
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
                "application/json": components["schemas"]["ContactOpeningBalanceUpdate"];
            };
        };
        responses: {
            /** @description The contact opening balance after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOpeningBalance"];
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
    deleteContactOpeningBalance: {
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
    listSalesQuickEntries: {
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
            /** @description A page of sales quick entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuickEntryList"];
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
    createSalesQuickEntry: {
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
                "application/json": components["schemas"]["SalesQuickEntryCreate"];
            };
        };
        responses: {
            /** @description The new sales quick entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuickEntry"];
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
    getSalesQuickEntry: {
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
            /** @description The sales quick entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuickEntry"];
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
    updateSalesQuickEntry: {
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
                "application/json": components["schemas"]["SalesQuickEntryUpdate"];
            };
        };
        responses: {
            /** @description The sales quick entry after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesQuickEntry"];
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
    deleteSalesQuickEntry: {
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
    listPurchaseQuickEntries: {
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
            /** @description A page of purchase quick entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseQuickEntryList"];
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
    createPurchaseQuickEntry: {
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
                "application/json": components["schemas"]["PurchaseQuickEntryCreate"];
            };
        };
        responses: {
            /** @description The new purchase quick entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseQuickEntry"];
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
    getPurchaseQuickEntry: {
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
            /** @description The purchase quick entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseQuickEntry"];
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
    updatePurchaseQuickEntry: {
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
                "application/json": components["schemas"]["PurchaseQuickEntryUpdate"];
            };
        };
        responses: {
            /** @description The purchase quick entry after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseQuickEntry"];
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
    deletePurchaseQuickEntry: {
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
    listSalesCorrectiveInvoices: {
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
            /** @description A page of sales corrective invoices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCorrectiveInvoiceList"];
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
    createSalesCorrectiveInvoice: {
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
                "application/json": components["schemas"]["SalesCorrectiveInvoiceCreate"];
            };
        };
        responses: {
            /** @description The new sales corrective invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCorrectiveInvoice"];
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
    getSalesCorrectiveInvoice: {
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
            /** @description The sales corrective invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCorrectiveInvoice"];
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
    updateSalesCorrectiveInvoice: {
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
                "application/json": components["schemas"]["SalesCorrectiveInvoiceUpdate"];
            };
        };
        responses: {
            /** @description The sales corrective invoice after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCorrectiveInvoice"];
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
    voidSalesCorrectiveInvoice: {
        parameters: {
            query?: {
                /** @description Why it is voided (also read from a JSON body); required unless it is a draft; at most 200 characters. */
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
            /** @description The voided sales corrective invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesCorrectiveInvoice"];
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
    listPurchaseCorrectiveInvoices: {
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
            /** @description A page of purchase corrective invoices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCorrectiveInvoiceList"];
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
    createPurchaseCorrectiveInvoice: {
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
                "application/json": components["schemas"]["PurchaseCorrectiveInvoiceCreate"];
            };
        };
        responses: {
            /** @description The new purchase corrective invoice. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCorrectiveInvoice"];
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
    getPurchaseCorrectiveInvoice: {
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
            /** @description The purchase corrective invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCorrectiveInvoice"];
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
    updatePurchaseCorrectiveInvoice: {
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
                "application/json": components["schemas"]["PurchaseCorrectiveInvoiceUpdate"];
            };
        };
        responses: {
            /** @description The purchase corrective invoice after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Business": components["headers"]["X-Business"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCorrectiveInvoice"];
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
    deletePurchaseCorrectiveInvoice: {
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
    mockHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is up and serving. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
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
            /** @description The matching entries, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"][];
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
