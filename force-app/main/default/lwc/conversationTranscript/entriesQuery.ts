/**
 * The ConversationEntry query of the transcript, for `@wire(graphql, { query: ENTRIES_QUERY, variables })`
 * in the container. A static `gql` literal: the conversation id, page size, cursor and upper bound travel
 * only as GraphQL variables (EntryQueryVariables in c/transcriptModel), never as query text.
 * `ConversationId` is selected so that every page can be checked against the record it was asked for.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-wire.html
 */
import { gql } from 'lightning/graphql';

export const ENTRIES_QUERY = gql`
  query conversationEntries($conversationId: ID!, $first: Int!, $after: String, $upperBound: Int) {
    uiapi {
      query {
        ConversationEntry(
          where: { ConversationId: { eq: $conversationId } }
          orderBy: { Seq: { order: ASC } }
          first: $first
          after: $after
          upperBound: $upperBound
        ) {
          edges {
            node {
              Id
              ConversationId {
                value
              }
              Seq {
                value
              }
              EntryType {
                value
                displayValue
              }
              ActorType {
                value
                displayValue
              }
              ActorName {
                value
              }
              ActorId {
                value
              }
              Message {
                value
              }
              MessageStatus {
                value
                displayValue
              }
              MessageStatusCode {
                value
              }
              MessageIdentifier {
                value
              }
              MessageSendTime {
                value
              }
              MessageDeliverTime {
                value
              }
              MessageReadTime {
                value
              }
              HasAttachments {
                value
              }
              EntryTime {
                value
              }
              EntryTimeMilliSecs {
                value
              }
              EntryEndTime {
                value
              }
              ClientTimestamp {
                value
              }
              ClientDuration {
                value
              }
              ServerReceivedTimestamp {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
        }
      }
    }
  }
`;
