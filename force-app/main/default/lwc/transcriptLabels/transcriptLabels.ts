/**
 * Every user-visible string of the package, imported once from custom labels
 * (force-app/main/default/labels/CustomLabels.labels-meta.xml) and shared by all bundles.
 */
import Transcript_Title from '@salesforce/label/c.Transcript_Title';
import Transcript_Log_Label from '@salesforce/label/c.Transcript_Log_Label';
import Transcript_Loading from '@salesforce/label/c.Transcript_Loading';
import Transcript_Empty_Title from '@salesforce/label/c.Transcript_Empty_Title';
import Transcript_Empty_Body from '@salesforce/label/c.Transcript_Empty_Body';
import Transcript_Blank_Message from '@salesforce/label/c.Transcript_Blank_Message';
import Transcript_Said from '@salesforce/label/c.Transcript_Said';
import Transcript_Said_No_Time from '@salesforce/label/c.Transcript_Said_No_Time';
import Transcript_Attachment from '@salesforce/label/c.Transcript_Attachment';
import Transcript_Entry_Count from '@salesforce/label/c.Transcript_Entry_Count';
import Transcript_Entry_Count_One from '@salesforce/label/c.Transcript_Entry_Count_One';
import Transcript_Unreadable from '@salesforce/label/c.Transcript_Unreadable';
import Transcript_Loaded_Progress from '@salesforce/label/c.Transcript_Loaded_Progress';
import Transcript_Loaded_Progress_Unknown from '@salesforce/label/c.Transcript_Loaded_Progress_Unknown';
import Transcript_Cancel from '@salesforce/label/c.Transcript_Cancel';
import Transcript_Cancelled from '@salesforce/label/c.Transcript_Cancelled';
import Transcript_Today from '@salesforce/label/c.Transcript_Today';
import Transcript_Yesterday from '@salesforce/label/c.Transcript_Yesterday';
import Transcript_Shown_Of_Total from '@salesforce/label/c.Transcript_Shown_Of_Total';
import Transcript_Duration from '@salesforce/label/c.Transcript_Duration';
import Transcript_Target_Entry from '@salesforce/label/c.Transcript_Target_Entry';
import Transcript_Link_Not_Found from '@salesforce/label/c.Transcript_Link_Not_Found';
import Time_Entry_Time from '@salesforce/label/c.Time_Entry_Time';
import Time_Client_Timestamp from '@salesforce/label/c.Time_Client_Timestamp';
import Time_Server_Received from '@salesforce/label/c.Time_Server_Received';
import Time_Entry_End from '@salesforce/label/c.Time_Entry_End';
import Time_Relative from '@salesforce/label/c.Time_Relative';
import Toolbar_Label from '@salesforce/label/c.Toolbar_Label';
import Search_Label from '@salesforce/label/c.Search_Label';
import Search_Placeholder from '@salesforce/label/c.Search_Placeholder';
import Search_Count from '@salesforce/label/c.Search_Count';
import Search_No_Matches from '@salesforce/label/c.Search_No_Matches';
import Search_Previous from '@salesforce/label/c.Search_Previous';
import Search_Next from '@salesforce/label/c.Search_Next';
import Search_Shortcut_Help from '@salesforce/label/c.Search_Shortcut_Help';
import Filter_Menu from '@salesforce/label/c.Filter_Menu';
import Filter_Actors_Heading from '@salesforce/label/c.Filter_Actors_Heading';
import Filter_Show_Events from '@salesforce/label/c.Filter_Show_Events';
import Filter_Show_All from '@salesforce/label/c.Filter_Show_All';
import Filter_No_Results from '@salesforce/label/c.Filter_No_Results';
import Export_Menu from '@salesforce/label/c.Export_Menu';
import Export_Scope_Heading from '@salesforce/label/c.Export_Scope_Heading';
import Export_Scope_Shown from '@salesforce/label/c.Export_Scope_Shown';
import Export_Scope_All from '@salesforce/label/c.Export_Scope_All';
import Export_Scope_Session from '@salesforce/label/c.Export_Scope_Session';
import Export_Copy from '@salesforce/label/c.Export_Copy';
import Export_Txt from '@salesforce/label/c.Export_Txt';
import Export_Csv from '@salesforce/label/c.Export_Csv';
import Export_Json from '@salesforce/label/c.Export_Json';
import Export_Print from '@salesforce/label/c.Export_Print';
import Print_Progress from '@salesforce/label/c.Print_Progress';
import Print_Cancel from '@salesforce/label/c.Print_Cancel';
import Print_Partial_Note from '@salesforce/label/c.Print_Partial_Note';
import Export_Copied from '@salesforce/label/c.Export_Copied';
import Export_Copy_Failed from '@salesforce/label/c.Export_Copy_Failed';
import Export_Downloaded from '@salesforce/label/c.Export_Downloaded';
import Jump_First from '@salesforce/label/c.Jump_First';
import Jump_Latest from '@salesforce/label/c.Jump_Latest';
import Entry_Actions from '@salesforce/label/c.Entry_Actions';
import Entry_Actions_No_Time from '@salesforce/label/c.Entry_Actions_No_Time';
import Entry_Copy_Text from '@salesforce/label/c.Entry_Copy_Text';
import Entry_Copy_Link from '@salesforce/label/c.Entry_Copy_Link';
import Entry_Text_Copied from '@salesforce/label/c.Entry_Text_Copied';
import Entry_Link_Copied from '@salesforce/label/c.Entry_Link_Copied';
import Actor_Agent from '@salesforce/label/c.Actor_Agent';
import Actor_Bot from '@salesforce/label/c.Actor_Bot';
import Actor_EndUser from '@salesforce/label/c.Actor_EndUser';
import Actor_Supervisor from '@salesforce/label/c.Actor_Supervisor';
import Actor_System from '@salesforce/label/c.Actor_System';
import Actor_Unknown from '@salesforce/label/c.Actor_Unknown';
import Status_Pending from '@salesforce/label/c.Status_Pending';
import Status_Sent from '@salesforce/label/c.Status_Sent';
import Status_Delivered from '@salesforce/label/c.Status_Delivered';
import Status_Read from '@salesforce/label/c.Status_Read';
import Status_Error from '@salesforce/label/c.Status_Error';
import Status_Error_Code from '@salesforce/label/c.Status_Error_Code';
import Status_Label from '@salesforce/label/c.Status_Label';
import Transcript_Not_Delivered from '@salesforce/label/c.Transcript_Not_Delivered';
import Entry_Text from '@salesforce/label/c.Entry_Text';
import Entry_EndUserOptedIn from '@salesforce/label/c.Entry_EndUserOptedIn';
import Entry_EndUserOptedOut from '@salesforce/label/c.Entry_EndUserOptedOut';
import Entry_AdminOptedIn from '@salesforce/label/c.Entry_AdminOptedIn';
import Entry_AdminOptedOut from '@salesforce/label/c.Entry_AdminOptedOut';
import Entry_BotEscalated from '@salesforce/label/c.Entry_BotEscalated';
import Entry_ChatbotEstablished from '@salesforce/label/c.Entry_ChatbotEstablished';
import Entry_ChatbotNotEstablished from '@salesforce/label/c.Entry_ChatbotNotEstablished';
import Entry_ChatbotClosedIdleSession from '@salesforce/label/c.Entry_ChatbotClosedIdleSession';
import Entry_ChatbotEndedChatByAction from '@salesforce/label/c.Entry_ChatbotEndedChatByAction';
import Entry_ChatbotEndedTransferNotConfigured from '@salesforce/label/c.Entry_ChatbotEndedTransferNotConfigured';
import Entry_ConversationControlLost from '@salesforce/label/c.Entry_ConversationControlLost';
import Entry_Unknown from '@salesforce/label/c.Entry_Unknown';
import Entry_Missing_Type from '@salesforce/label/c.Entry_Missing_Type';
import Error_Title from '@salesforce/label/c.Error_Title';
import Error_Partial_Title from '@salesforce/label/c.Error_Partial_Title';
import Error_Show_Details from '@salesforce/label/c.Error_Show_Details';
import Error_Hide_Details from '@salesforce/label/c.Error_Hide_Details';
import Error_Retry from '@salesforce/label/c.Error_Retry';
import Error_Unknown from '@salesforce/label/c.Error_Unknown';
import Error_Invalid_Query from '@salesforce/label/c.Error_Invalid_Query';
import Error_Data_Fetching from '@salesforce/label/c.Error_Data_Fetching';
import Error_Aborted from '@salesforce/label/c.Error_Aborted';
import Error_Network from '@salesforce/label/c.Error_Network';
import Error_Timeout from '@salesforce/label/c.Error_Timeout';
import Error_Malformed from '@salesforce/label/c.Error_Malformed';
import Access_No_Permission from '@salesforce/label/c.Access_No_Permission';
import Access_Object_Hidden from '@salesforce/label/c.Access_Object_Hidden';
import Access_Unsupported_Object from '@salesforce/label/c.Access_Unsupported_Object';
import Access_Field_Hidden from '@salesforce/label/c.Access_Field_Hidden';
import Access_Fields_Hidden from '@salesforce/label/c.Access_Fields_Hidden';
import Access_Object_ConversationEntry from '@salesforce/label/c.Access_Object_ConversationEntry';
// Session header, lifecycle and live-log labels.
import Session_Header_Label from '@salesforce/label/c.Session_Header_Label';
import Session_Channel from '@salesforce/label/c.Session_Channel';
import Session_Channel_Value from '@salesforce/label/c.Session_Channel_Value';
import Session_Status from '@salesforce/label/c.Session_Status';
import Session_Call_Type from '@salesforce/label/c.Session_Call_Type';
import Session_Started from '@salesforce/label/c.Session_Started';
import Session_Duration from '@salesforce/label/c.Session_Duration';
import Session_Refresh from '@salesforce/label/c.Session_Refresh';
import Session_Live_Included from '@salesforce/label/c.Session_Live_Included';
import Session_Live_Marker from '@salesforce/label/c.Session_Live_Marker';
import Session_Live_Marker_Title from '@salesforce/label/c.Session_Live_Marker_Title';
import Session_Live_Both_Title from '@salesforce/label/c.Session_Live_Both_Title';
import Session_Notice_Open_Title from '@salesforce/label/c.Session_Notice_Open_Title';
import Session_Notice_Open_Body from '@salesforce/label/c.Session_Notice_Open_Body';
import Session_Notice_Enhanced_Title from '@salesforce/label/c.Session_Notice_Enhanced_Title';
import Session_Notice_Enhanced_Body from '@salesforce/label/c.Session_Notice_Enhanced_Body';
import Session_Notice_Enhanced_Where from '@salesforce/label/c.Session_Notice_Enhanced_Where';
import Session_Notice_Voice_Title from '@salesforce/label/c.Session_Notice_Voice_Title';
import Session_Notice_Voice_Body from '@salesforce/label/c.Session_Notice_Voice_Body';
import Session_Notice_Voice_Where from '@salesforce/label/c.Session_Notice_Voice_Where';
import Session_Notice_Ended_Empty_Title from '@salesforce/label/c.Session_Notice_Ended_Empty_Title';
import Session_Notice_Ended_Empty_Body from '@salesforce/label/c.Session_Notice_Ended_Empty_Body';
import Session_Notice_Voice_Empty_Body from '@salesforce/label/c.Session_Notice_Voice_Empty_Body';
import Load_Shortfall_Upper_Bound from '@salesforce/label/c.Load_Shortfall_Upper_Bound';
import Load_Shortfall_Upper_Bound_Unknown from '@salesforce/label/c.Load_Shortfall_Upper_Bound_Unknown';
import Load_Shortfall_Server_Stopped from '@salesforce/label/c.Load_Shortfall_Server_Stopped';
import Load_Shortfall_Server_Stopped_Unknown from '@salesforce/label/c.Load_Shortfall_Server_Stopped_Unknown';
import Load_Shortfall_No_Progress from '@salesforce/label/c.Load_Shortfall_No_Progress';
import Load_Shortfall_Too_Many_Pages from '@salesforce/label/c.Load_Shortfall_Too_Many_Pages';
import History_Label from '@salesforce/label/c.History_Label';
import History_Earlier_Session from '@salesforce/label/c.History_Earlier_Session';
import History_Earlier_Session_Named from '@salesforce/label/c.History_Earlier_Session_Named';
import History_This_Session from '@salesforce/label/c.History_This_Session';
import History_This_Session_Named from '@salesforce/label/c.History_This_Session_Named';
import History_Duration from '@salesforce/label/c.History_Duration';
import History_Show from '@salesforce/label/c.History_Show';
import History_Hide from '@salesforce/label/c.History_Hide';
import History_Loading from '@salesforce/label/c.History_Loading';
import History_Load_Failed from '@salesforce/label/c.History_Load_Failed';
import History_Load_Earlier from '@salesforce/label/c.History_Load_Earlier';
import History_More from '@salesforce/label/c.History_More';
import History_Listing from '@salesforce/label/c.History_Listing';
import History_Count from '@salesforce/label/c.History_Count';
import History_None from '@salesforce/label/c.History_None';
import History_No_Customer_Messaging from '@salesforce/label/c.History_No_Customer_Messaging';
import History_No_Customer_Voice from '@salesforce/label/c.History_No_Customer_Voice';
import History_List_Failed from '@salesforce/label/c.History_List_Failed';
import History_Match_Session from '@salesforce/label/c.History_Match_Session';

const LABEL_VALUES = {
  Transcript_Title,
  Transcript_Log_Label,
  Transcript_Loading,
  Transcript_Empty_Title,
  Transcript_Empty_Body,
  Transcript_Blank_Message,
  Transcript_Said,
  Transcript_Said_No_Time,
  Transcript_Attachment,
  Transcript_Entry_Count,
  Transcript_Entry_Count_One,
  Transcript_Unreadable,
  Transcript_Loaded_Progress,
  Transcript_Loaded_Progress_Unknown,
  Transcript_Cancel,
  Transcript_Cancelled,
  Transcript_Today,
  Transcript_Yesterday,
  Transcript_Shown_Of_Total,
  Transcript_Duration,
  Transcript_Target_Entry,
  Transcript_Link_Not_Found,
  Time_Entry_Time,
  Time_Client_Timestamp,
  Time_Server_Received,
  Time_Entry_End,
  Time_Relative,
  Toolbar_Label,
  Search_Label,
  Search_Placeholder,
  Search_Count,
  Search_No_Matches,
  Search_Previous,
  Search_Next,
  Search_Shortcut_Help,
  Filter_Menu,
  Filter_Actors_Heading,
  Filter_Show_Events,
  Filter_Show_All,
  Filter_No_Results,
  Export_Menu,
  Export_Scope_Heading,
  Export_Scope_Shown,
  Export_Scope_All,
  Export_Scope_Session,
  Export_Copy,
  Export_Txt,
  Export_Csv,
  Export_Json,
  Export_Print,
  Print_Progress,
  Print_Cancel,
  Print_Partial_Note,
  Export_Copied,
  Export_Copy_Failed,
  Export_Downloaded,
  Jump_First,
  Jump_Latest,
  Entry_Actions,
  Entry_Actions_No_Time,
  Entry_Copy_Text,
  Entry_Copy_Link,
  Entry_Text_Copied,
  Entry_Link_Copied,
  Actor_Agent,
  Actor_Bot,
  Actor_EndUser,
  Actor_Supervisor,
  Actor_System,
  Actor_Unknown,
  Status_Pending,
  Status_Sent,
  Status_Delivered,
  Status_Read,
  Status_Error,
  Status_Error_Code,
  Status_Label,
  Transcript_Not_Delivered,
  Entry_Text,
  Entry_EndUserOptedIn,
  Entry_EndUserOptedOut,
  Entry_AdminOptedIn,
  Entry_AdminOptedOut,
  Entry_BotEscalated,
  Entry_ChatbotEstablished,
  Entry_ChatbotNotEstablished,
  Entry_ChatbotClosedIdleSession,
  Entry_ChatbotEndedChatByAction,
  Entry_ChatbotEndedTransferNotConfigured,
  Entry_ConversationControlLost,
  Entry_Unknown,
  Entry_Missing_Type,
  Error_Title,
  Error_Partial_Title,
  Error_Show_Details,
  Error_Hide_Details,
  Error_Retry,
  Error_Unknown,
  Error_Invalid_Query,
  Error_Data_Fetching,
  Error_Aborted,
  Error_Network,
  Error_Timeout,
  Error_Malformed,
  Access_No_Permission,
  Access_Object_Hidden,
  Access_Unsupported_Object,
  Access_Field_Hidden,
  Access_Fields_Hidden,
  Access_Object_ConversationEntry,
  Session_Header_Label,
  Session_Channel,
  Session_Channel_Value,
  Session_Status,
  Session_Call_Type,
  Session_Started,
  Session_Duration,
  Session_Refresh,
  Session_Live_Included,
  Session_Live_Marker,
  Session_Live_Marker_Title,
  Session_Live_Both_Title,
  Session_Notice_Open_Title,
  Session_Notice_Open_Body,
  Session_Notice_Enhanced_Title,
  Session_Notice_Enhanced_Body,
  Session_Notice_Enhanced_Where,
  Session_Notice_Voice_Title,
  Session_Notice_Voice_Body,
  Session_Notice_Voice_Where,
  Session_Notice_Ended_Empty_Title,
  Session_Notice_Ended_Empty_Body,
  Session_Notice_Voice_Empty_Body,
  Load_Shortfall_Upper_Bound,
  Load_Shortfall_Upper_Bound_Unknown,
  Load_Shortfall_Server_Stopped,
  Load_Shortfall_Server_Stopped_Unknown,
  Load_Shortfall_No_Progress,
  Load_Shortfall_Too_Many_Pages,
  History_Label,
  History_Earlier_Session,
  History_Earlier_Session_Named,
  History_This_Session,
  History_This_Session_Named,
  History_Duration,
  History_Show,
  History_Hide,
  History_Loading,
  History_Load_Failed,
  History_Load_Earlier,
  History_More,
  History_Listing,
  History_Count,
  History_None,
  History_No_Customer_Messaging,
  History_No_Customer_Voice,
  History_List_Failed,
  History_Match_Session
} as const;

/** Every custom label name of the package; a name outside this union fails to compile. */
export type LabelName = keyof typeof LABEL_VALUES;

/** Label values by name, as the model's functions take them. */
export type LabelSet = Readonly<Record<LabelName, string>>;

export const LABELS: LabelSet = LABEL_VALUES;
