import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client operation types from the server's SDL (style.md rule 4: generated, checked in, CI fails on
 * drift — see src/gql/codegen-drift.test.ts). Apollo Client does the fragment masking at run time
 * (`dataMasking: true` in app/apollo.ts), so the preset's own masking helpers are off and the
 * generated types carry Apollo's `' $fragmentName'` brands instead.
 */
export const codegenConfig: CodegenConfig = {
  overwrite: true,
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: 'mask',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default codegenConfig;
