/**
 * The queries of the customer's earlier conversations, for
 * `@wire(graphql, { query: '$historyQuery', variables: '$historyVariables' })` in the container: one
 * static `gql` literal per way of finding "the same customer" (the container picks one of the three
 * documents; the values travel only as GraphQL variables, HistoryQueryVariables in c/transcriptModel).
 * Each asks for one small page (`first` at most 20) of session records, newest first, without their
 * entries: those load only when the agent expands a session (ENTRIES_QUERY, one session at a time).
 * The field that ties a record to the customer is selected too, so every answer is checked against the
 * customer it was asked for.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-wire.html
 * Filters (`and`, `eq`, `ne`) and `orderBy`: https://developer.salesforce.com/docs/platform/graphql/guide/filter-fields.html
 */
import { gql, type GraphQLDocument } from 'lightning/graphql';
import type { CustomerKey } from 'c/transcriptModel';

/** MessagingSession: same MessagingEndUserId, not this session, newest StartTime first. */
export const MESSAGING_HISTORY_QUERY = gql`
  query earlierMessagingSessions($customerId: ID!, $sessionId: ID!, $first: Int!, $after: String) {
    uiapi {
      query {
        MessagingSession(
          where: { and: [{ MessagingEndUserId: { eq: $customerId } }, { Id: { ne: $sessionId } }] }
          orderBy: { StartTime: { order: DESC } }
          first: $first
          after: $after
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              MessagingEndUserId {
                value
              }
              Status {
                value
                displayValue
              }
              ChannelType {
                value
                displayValue
              }
              ChannelName {
                value
              }
              MessagingChannel {
                MasterLabel {
                  value
                }
                PlatformType {
                  value
                }
              }
              StartTime {
                value
              }
              EndTime {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

/** VoiceCall: same CallerId, not this call, newest CallStartDateTime first. */
export const VOICE_CALLER_HISTORY_QUERY = gql`
  query earlierCallsByCaller($customerId: ID!, $sessionId: ID!, $first: Int!, $after: String) {
    uiapi {
      query {
        VoiceCall(
          where: { and: [{ CallerId: { eq: $customerId } }, { Id: { ne: $sessionId } }] }
          orderBy: { CallStartDateTime: { order: DESC } }
          first: $first
          after: $after
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              CallerId {
                value
              }
              FromPhoneNumber {
                value
              }
              CallType {
                value
                displayValue
              }
              CallStartDateTime {
                value
              }
              CallEndDateTime {
                value
              }
              CallDurationInSeconds {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

/** VoiceCall of a caller without a CallerId: same FromPhoneNumber, not this call, newest first. */
export const VOICE_PHONE_HISTORY_QUERY = gql`
  query earlierCallsByPhone($customerId: PhoneNumber!, $sessionId: ID!, $first: Int!, $after: String) {
    uiapi {
      query {
        VoiceCall(
          where: { and: [{ FromPhoneNumber: { eq: $customerId } }, { Id: { ne: $sessionId } }] }
          orderBy: { CallStartDateTime: { order: DESC } }
          first: $first
          after: $after
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              CallerId {
                value
              }
              FromPhoneNumber {
                value
              }
              CallType {
                value
                displayValue
              }
              CallStartDateTime {
                value
              }
              CallEndDateTime {
                value
              }
              CallDurationInSeconds {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

/** The list query for each way of finding the customer (HistoryController's customerKey). */
export const HISTORY_QUERIES: Readonly<Record<CustomerKey, GraphQLDocument>> = {
  'end-user': MESSAGING_HISTORY_QUERY,
  caller: VOICE_CALLER_HISTORY_QUERY,
  phone: VOICE_PHONE_HISTORY_QUERY
};
