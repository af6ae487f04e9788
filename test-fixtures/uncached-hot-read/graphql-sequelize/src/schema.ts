export const typeDefs = /* GraphQL */ `
  type Plan { code: ID!, name: String!, price: Int! }
  type Country { code: ID!, name: String! }
  type User { id: ID!, email: String!, plan: Plan }
  type Viewer { user: User!, plan: Plan }
  type Invoice { net: Int!, gross: Int! }

  type Query {
    plans: [Plan!]!
    plan(code: ID!): Plan
    countries: [Country!]!
    maintenance: Boolean!
    terms: String!
    viewer: Viewer
    invoicePreview(net: Int!): Invoice!
  }

  type Mutation {
    setMaintenance(on: Boolean!): Boolean!
  }
`;
