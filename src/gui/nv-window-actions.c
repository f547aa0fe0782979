/* nv-window-actions.c: what the user does to a plan in its window: add,
 * delete, undo, save
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-calendar-state.h"
#include "nv-ical-export.h"
#include "nv-ical-import.h"
#include "nv-link.h"
#include "nv-member.h"
#include "nv-participant.h"
#include "nv-people-page.h"
#include "nv-person.h"
#include "nv-plan-dialog.h"
#include "nv-rule.h"
#include "nv-safe-file.h"
#include "nv-rotation-dialog.h"
#include "nv-schedule-dialog.h"
#include "nv-window-private.h"

static void
on_toast_dismissed_cb (AdwToast *toast,
                       NvWindow *self)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

static void
toast_with_undo (NvWindow   *self,
                 const char *title)
{
  AdwToast *toast = nv_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, 0);
  self->undo_toast = toast;

  nv_window_add_toast (self, toast);
}

/**
 * nv_window_retire_undo_toast:
 *
 * Takes the Undo button off the last "deleted, Undo" toast at once, and
 * dismisses the toast.
 */
void
nv_window_retire_undo_toast (NvWindow *self)
{
  AdwToast *toast = g_steal_pointer (&self->undo_toast);

  if (toast == NULL)
    return;

  adw_toast_set_action_name (toast, NULL);
  adw_toast_set_button_label (toast, NULL);
  adw_toast_dismiss (toast);
}

/**
 * nv_window_add_toast:
 * @toast: (transfer full): a toast to show over the window's content
 */
void
nv_window_add_toast (NvWindow *self,
                     AdwToast *toast)
{
  /* The overlay is the window's content; binding it as a template child
   * would dispose it twice */
  nv_toast_show (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)), toast);
}

/**
 * nv_window_write_export:
 *
 * @note: (nullable): a warning to add to the toast
 *
 * Writes an exported file safely, and says so: a toast with its name,
 * or the reason it could not be written.
 *
 * Returns: whether the file was written
 */
gboolean
nv_window_write_export (NvWindow   *self,
                        GFile      *file,
                        const char *data,
                        gsize       length,
                        const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!nv_safe_file_replace (file, data, length, NULL, &error))
    {
      nv_window_show_error (self, _("Could Not Export"), error->message);
      return FALSE;
    }

  name = g_file_get_basename (file);
  if (note != NULL)
    /* Translators: a toast after an export: the file's name, then a warning */
    message = g_strdup_printf (_("Exported to “%s”, but %s"), name, note);
  else
    message = g_strdup_printf (_("Exported to “%s”"), name);
  nv_window_add_toast (self, nv_toast_new (message));
  return TRUE;
}

static NvRecord *
new_record (GType type)
{
  NvRecord *record = g_object_new (type, NULL);

  g_free (nv_record_make_id (record));
  return record;
}

static void
add_network_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autoptr(NvRecord) network = new_record (NV_TYPE_NETWORK);
  NvHistory *history = nv_plan_get_history (self->plan);

  nv_history_begin_group (history, _("New Network"));
  nv_network_set_name (NV_NETWORK (network), _("New network"));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (self->plan)), network);
  nv_history_end_group (history);

  nv_window_select_item (self, G_OBJECT (network));
}

/* A new meeting follows the last one: four weeks later, at the
 * network's usual time */
static void
add_meeting_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  NvRecordList *meetings;
  NvHistory *history;
  g_autoptr(NvRecord) meeting = NULL;
  g_autofree char *title = NULL;
  guint n, last_date = 0;

  if (network == NULL)
    return;

  meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  n = g_list_model_get_n_items (G_LIST_MODEL (meetings));
  for (guint i = 0; i < n; i++)
    last_date = MAX (last_date, nv_meeting_get_date (NV_MEETING (nv_record_list_peek (meetings, i))));

  meeting = new_record (NV_TYPE_MEETING);
  /* Translators: the title of a new meeting, "Network meeting 4" */
  title = g_strdup_printf (_("Network meeting %u"), n + 1);

  history = nv_plan_get_history (self->plan);
  nv_history_begin_group (history, _("New Meeting"));
  nv_meeting_set_title (NV_MEETING (meeting), title);
  if (last_date != 0)
    nv_meeting_set_date (NV_MEETING (meeting), last_date + 28);
  nv_meeting_set_start (NV_MEETING (meeting), nv_network_get_default_start (network));
  nv_record_list_append (meetings, meeting);
  nv_history_end_group (history);

  nv_window_select_item (self, G_OBJECT (meeting));
}

static NvRecord *
add_person (NvWindow   *self,
            const char *name)
{
  g_autoptr(NvRecord) person = new_record (NV_TYPE_PERSON);

  nv_person_set_name (NV_PERSON (person), name);
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (self->plan)), person);
  return person;
}

static void
add_person_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvHistory *history = nv_plan_get_history (self->plan);
  NvRecord *person;

  nv_history_begin_group (history, _("New Person"));
  person = add_person (self, _("New person"));
  nv_history_end_group (history);

  nv_window_select_item (self, G_OBJECT (self->plan));
  nv_people_page_expand_person (self->people_page, person);
}

/* A member or a participant is a person: chosen from the plan's people,
 * or a new one to fill in */

typedef void (*PersonChosenFunc) (NvWindow   *self,
                                  const char *person_id,
                                  const char *new_name);

typedef struct
{
  NvWindow         *window;
  GPtrArray        *ids;     /* the people offered; NULL first, for "a new person" */
  PersonChosenFunc  chosen;
} PersonChoice;

static void
person_choice_free (gpointer data)
{
  PersonChoice *choice = data;

  g_ptr_array_unref (choice->ids);
  g_free (choice);
}

static void
on_person_chosen_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PersonChoice     *choice)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (dialog), "drop-down");
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autofree char *new_name = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  if (g_str_equal (response, "add") && selected < choice->ids->len)
    choice->chosen (choice->window, g_ptr_array_index (choice->ids, selected),
                    new_name[0] != '\0' ? new_name : NULL);
}

static gboolean
is_first_position (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == 0);
  return TRUE;
}

static void
choose_person (NvWindow         *self,
               const char       *heading,
               GHashTable       *taken,
               PersonChosenFunc  chosen)
{
  GListModel *people = nv_plan_get_people (self->plan);
  guint n = g_list_model_get_n_items (people);
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("A new person"), NULL });
  PersonChoice *choice = g_new0 (PersonChoice, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *drop_down, *name, *box;

  choice->window = self;
  choice->chosen = chosen;
  choice->ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (choice->ids, NULL);

  for (guint i = 0; i < n; i++)
    {
      NvRecord *person = nv_record_list_peek (NV_RECORD_LIST (people), i);
      const char *person_name = nv_person_get_name (NV_PERSON (person));

      if (g_hash_table_contains (taken, nv_record_get_id (person)))
        continue;
      gtk_string_list_append (names, person_name != NULL ? person_name : _("Unnamed person"));
      g_ptr_array_add (choice->ids, g_strdup (nv_record_get_id (person)));
    }

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);

  /* A new person is named here and now */
  name = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("The new person’s name"));
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  g_object_bind_property_full (drop_down, "selected", name, "visible", G_BINDING_SYNC_CREATE,
                               is_first_position, NULL, NULL, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), drop_down);
  gtk_box_append (GTK_BOX (box), name);
  g_object_set_data (G_OBJECT (dialog), "drop-down", drop_down);
  g_object_set_data (G_OBJECT (dialog), "name", name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_person_chosen_cb), choice,
                         (GClosureNotify) (void (*) (void)) person_choice_free, 0);
  /* "A new person" is chosen first: the typing goes to their name */
  gtk_window_set_focus (GTK_WINDOW (dialog), name);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The people already in @list (of members or participants) */
static GHashTable *
people_in (GListModel *list)
{
  GHashTable *taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *person = NULL;

      g_object_get (nv_record_list_peek (NV_RECORD_LIST (list), i), "person", &person, NULL);
      if (person != NULL)
        g_hash_table_add (taken, g_steal_pointer (&person));
    }
  return taken;
}

/* Adds a record of @type with @person_id (or a new person named
 * @new_name, or @fallback_name) to @list, as one step */
static void
add_person_record (NvWindow     *self,
                   NvRecordList *list,
                   GType         type,
                   const char   *person_id,
                   const char   *new_name,
                   const char   *label,
                   const char   *fallback_name)
{
  NvHistory *history = nv_plan_get_history (self->plan);
  g_autoptr(NvRecord) record = new_record (type);

  nv_history_begin_group (history, label);
  if (person_id == NULL)
    person_id = nv_record_get_id (add_person (self, new_name != NULL ? new_name : fallback_name));
  g_object_set (record, "person", person_id, NULL);
  nv_record_list_append (list, record);
  nv_history_end_group (history);
}

static void
member_chosen (NvWindow   *self,
               const char *person_id,
               const char *new_name)
{
  NvNetwork *network = nv_window_current_network (self);

  if (network != NULL)
    add_person_record (self, NV_RECORD_LIST (nv_network_get_members (network)), NV_TYPE_MEMBER,
                       person_id, new_name, _("New Member"), _("New member"));
}

static void
add_member_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  g_autoptr(GHashTable) taken = NULL;

  if (network == NULL)
    return;

  taken = people_in (nv_network_get_members (network));
  choose_person (self, _("Add Member"), taken, member_chosen);
}

static void
participant_chosen (NvWindow   *self,
                    const char *person_id,
                    const char *new_name)
{
  if (NV_IS_MEETING (self->shown_item))
    add_person_record (self, NV_RECORD_LIST (nv_meeting_get_participants (NV_MEETING (self->shown_item))),
                       NV_TYPE_PARTICIPANT, person_id, new_name, _("New Participant"), _("New participant"));
}

static void
add_participant_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autoptr(GHashTable) taken = NULL;

  if (!NV_IS_MEETING (self->shown_item))
    return;

  taken = people_in (nv_meeting_get_participants (NV_MEETING (self->shown_item)));
  choose_person (self, _("Add Participant"), taken, participant_chosen);
}

static void
add_rule_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  NvHistory *history = nv_plan_get_history (self->plan);
  g_autoptr(NvRecord) rule = NULL;

  if (network == NULL)
    return;

  rule = new_record (NV_TYPE_RULE);
  nv_history_begin_group (history, _("New Rule"));
  nv_rule_set_title (NV_RULE (rule), _("New rule"));
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_rules (network)), rule);
  nv_history_end_group (history);
}

static char *
describe_record (NvWindow *self,
                 NvRecord *record)
{
  const char *name = NULL;

  if (NV_IS_PERSON (record))
    name = nv_person_get_name (NV_PERSON (record));
  else if (NV_IS_NETWORK (record))
    name = nv_network_get_name (NV_NETWORK (record));
  else if (NV_IS_MEETING (record))
    name = nv_meeting_get_title (NV_MEETING (record));
  else if (NV_IS_RULE (record))
    name = nv_rule_get_title (NV_RULE (record));
  else if (NV_IS_MEMBER (record))
    name = nv_plan_person_name (self->plan, nv_member_get_person (NV_MEMBER (record)));
  else if (NV_IS_PARTICIPANT (record))
    name = nv_plan_person_name (self->plan, nv_participant_get_person (NV_PARTICIPANT (record)));

  /* Translators: a toast after deleting something; %s is its name */
  return name != NULL ? g_strdup_printf (_("“%s” deleted"), name) : g_strdup (_("Deleted"));
}

/* Deletes a record, and whatever cannot exist without it, as one step;
 * the toast offers to take it back */
static void
delete_record (NvWindow *self,
               NvRecord *record)
{
  g_autofree char *message = describe_record (self, record);
  GObject *next = NULL;

  if (record == NV_RECORD (self->shown_item) || (self->shown_item != NULL && NV_IS_RECORD (self->shown_item) &&
      nv_record_find_ancestor (NV_RECORD (self->shown_item), G_OBJECT_TYPE (record)) == record))
    next = G_OBJECT (nv_record_get_parent (record));

  nv_plan_delete_record (self->plan, record, message);
  toast_with_undo (self, message);

  if (next != NULL)
    nv_window_select_item (self, next);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvRecord *record = nv_plan_lookup (self->plan, g_variant_get_string (parameter, NULL));

  if (record != NULL && nv_record_get_container (record) != NULL)
    delete_record (self, record);
}

static void
delete_selected_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  if (NV_IS_NETWORK (self->shown_item) || NV_IS_MEETING (self->shown_item))
    delete_record (self, NV_RECORD (self->shown_item));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  nv_history_undo (nv_plan_get_history (self->plan));
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  nv_history_redo (nv_plan_get_history (self->plan));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  nv_window_save (NV_WINDOW (widget));
}

static void
save_as_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  nv_window_save_as (NV_WINDOW (widget));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
show_sidebar_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_record_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvRecord *record = nv_plan_lookup (self->plan, g_variant_get_string (parameter, NULL));

  if (record != NULL)
    nv_window_select_item (self, G_OBJECT (record));
}

static void
show_people_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  if (self->plan != NULL)
    nv_window_select_item (self, G_OBJECT (self->plan));
}

/* Ctrl+?: made when asked for, not with every window (GtkApplication
 * would build the whole shortcuts window before the first frame) */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/example/Netvaerk/ui/nv-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* Ctrl+F: the people, with the search ready for typing */
static void
search_people_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  if (self->plan == NULL)
    return;

  nv_window_select_item (self, G_OBJECT (self->plan));
  gtk_widget_activate_action (GTK_WIDGET (self->people_page), "people.search", NULL);
}

/* ───────────────── Calendar files ───────────────── */

typedef struct
{
  NvWindow     *window;
  GPtrArray    *meetings;
  NvIcalMethod  method;
  char         *calendar_name;
} CalendarExport;

static void
calendar_export_free (CalendarExport *export)
{
  g_ptr_array_unref (export->meetings);
  g_free (export->calendar_name);
  g_free (export);
}

/* The file chooser offers a reminder for the calendar to set. It starts
 * at "No reminder" every time: GTK 4.8's fallback chooser ignores a
 * preselected option, so a remembered choice could not be shown. */
static const struct {
  const char *id;
  const char *label;
} reminder_choices[] = {
  { "-1", N_("No reminder") },
  { "15", N_("Remind 15 minutes before") },
  { "60", N_("Remind 1 hour before") },
  { "1440", N_("Remind 1 day before") },
};

static void
add_reminder_choice (GtkFileChooser *chooser)
{
  const char *ids[G_N_ELEMENTS (reminder_choices) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (reminder_choices) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (reminder_choices); i++)
    {
      ids[i] = reminder_choices[i].id;
      labels[i] = _(reminder_choices[i].label);
    }

  gtk_file_chooser_add_choice (chooser, "reminder", _("Reminder"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "reminder", ids[0]);
}

/* Minutes before the meeting, or -1 for none; a cancellation's
 * chooser has no reminder to ask about */
static int
chosen_reminder (GtkFileChooser *chooser,
                 NvIcalMethod    method)
{
  const char *choice;
  gint64 minutes = -1;

  if (method == NV_ICAL_CANCEL)
    return -1;

  choice = gtk_file_chooser_get_choice (chooser, "reminder");
  if (choice == NULL || !g_ascii_string_to_signed (choice, 10, -1, 10080, &minutes, NULL))
    return -1;
  return (int) minutes;
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       CalendarExport  *export)
{
  NvWindow *self = export->window;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warning = NULL;
  NvHistory *history;
  gboolean was_modified;
  g_autoptr(GPtrArray) sequences = g_ptr_array_new ();
  g_autoptr(GPtrArray) digests = g_ptr_array_new_with_free_func (g_free);

  if (response != GTK_RESPONSE_ACCEPT || self->plan == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  nv_window_remember_folder (self, file);

  /* What was exported is kept in the plan (it decides SEQUENCE next
   * time); it is no step to undo, and not kept if the file is not written */
  history = nv_plan_get_history (self->plan);
  was_modified = nv_history_get_modified (history);
  for (guint i = 0; i < export->meetings->len; i++)
    {
      NvCalendarState *state = nv_meeting_get_calendar (g_ptr_array_index (export->meetings, i));

      g_ptr_array_add (sequences, GINT_TO_POINTER (nv_calendar_state_get_sequence (state)));
      g_ptr_array_add (digests, g_strdup (nv_calendar_state_get_digest (state)));
    }

  text = nv_ical_export (self->plan, export->meetings, export->method, export->calendar_name,
                         chosen_reminder (GTK_FILE_CHOOSER (chooser), export->method), &error);
  if (text == NULL)
    {
      nv_window_show_error (self, _("Could Not Export"), error->message);
      goto out;
    }

  if (export->method == NV_ICAL_PUBLISH)
    warning = nv_ical_publish_warning (self->plan, export->meetings);
  if (!nv_window_write_export (self, file, text, strlen (text), warning))
    {
      nv_history_begin_unrecorded (history);
      for (guint i = 0; i < export->meetings->len; i++)
        {
          NvCalendarState *state = nv_meeting_get_calendar (g_ptr_array_index (export->meetings, i));

          nv_calendar_state_set_sequence (state, GPOINTER_TO_INT (g_ptr_array_index (sequences, i)));
          nv_calendar_state_set_digest (state, g_ptr_array_index (digests, i));
        }
      nv_history_end_unrecorded (history);
      if (!was_modified)
        nv_history_mark_saved (history);
    }

out:
  calendar_export_free (export);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_calendar (NvWindow     *self,
                 GPtrArray    *meetings,
                 NvIcalMethod  method,
                 const char   *calendar_name,
                 const char   *file_name)
{
  GtkFileChooserNative *chooser;
  CalendarExport *export;
  g_autofree char *suggested = NULL;

  if (meetings->len == 0)
    {
      nv_window_show_error (self, _("Nothing to Export"),
                            _("A meeting needs a date to be put in a calendar."));
      return;
    }

  export = g_new0 (CalendarExport, 1);
  export->window = self;
  export->meetings = g_ptr_array_ref (meetings);
  export->method = method;
  export->calendar_name = g_strdup (calendar_name);

  suggested = g_strconcat (file_name, ".ics", NULL);
  g_strdelimit (suggested, "/\\", '-');
  chooser = nv_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, self->settings, NV_FILE_CALENDAR);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  if (method != NV_ICAL_CANCEL)
    add_reminder_choice (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "meeting", "network" or "plan": what goes into the calendar file */
static void
export_ics_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  const char *scope = g_variant_get_string (parameter, NULL);
  NvNetwork *network = nv_window_current_network (self);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *name = NULL;

  if (g_str_equal (scope, "meeting") && NV_IS_MEETING (self->shown_item))
    {
      meetings = nv_ical_collect (self->plan, nv_record_get_id (NV_RECORD (self->shown_item)), NULL, NULL);
      name = nv_ical_meeting_summary (NV_MEETING (self->shown_item));
      export_calendar (self, meetings, NV_ICAL_PUBLISH, NULL, name);
    }
  else if (g_str_equal (scope, "network") && network != NULL)
    {
      meetings = nv_ical_collect (self->plan, NULL, nv_record_get_id (NV_RECORD (network)), NULL);
      name = g_strdup (nv_network_get_name (network) ? nv_network_get_name (network) : _("Network"));
      export_calendar (self, meetings, NV_ICAL_PUBLISH, name, name);
    }
  else if (g_str_equal (scope, "plan"))
    {
      meetings = nv_ical_collect (self->plan, NULL, NULL, NULL);
      name = g_strdup (nv_plan_get_name (self->plan) ? nv_plan_get_name (self->plan) : _("Netværk"));
      export_calendar (self, meetings, NV_ICAL_PUBLISH, name, name);
    }
}

/* Some of a network's meetings: the user ticks which */
static void
on_meetings_chosen_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       NvWindow         *self)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "list");
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  NvNetwork *network = nv_window_current_network (self);

  if (!g_str_equal (response, "export") || network == NULL)
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (meetings, g_object_ref (g_object_get_data (G_OBJECT (row), "meeting")));
    }

  export_calendar (self, meetings, NV_ICAL_PUBLISH,
                   nv_network_get_name (network) ? nv_network_get_name (network) : _("Network"),
                   nv_network_get_name (network) ? nv_network_get_name (network) : _("Network"));
}

static void
export_some_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  g_autoptr(GPtrArray) meetings = NULL;
  GtkWidget *dialog, *list, *scrolled;

  if (network == NULL)
    return;

  meetings = nv_ical_collect (self->plan, NULL, nv_record_get_id (NV_RECORD (network)), NULL);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Meetings to Calendar"),
                                   _("The meetings with a date, to put in one calendar file"));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < meetings->len; i++)
    {
      NvMeeting *meeting = g_ptr_array_index (meetings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *when = nv_format_when_short (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      nv_row_show_title (ADW_PREFERENCES_ROW (row),
                                     nv_meeting_get_name (meeting));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (row), "meeting", g_object_ref (meeting), g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  /* A long series scrolls inside the dialog */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  g_object_set_data (G_OBJECT (dialog), "list", list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "export", _("_Export"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_meetings_chosen_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An invitation (METHOD:REQUEST) or a cancellation of the shown meeting */
static void
export_message_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  gboolean cancel = g_str_equal (g_variant_get_string (parameter, NULL), "cancel");
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;

  if (!NV_IS_MEETING (self->shown_item))
    return;

  meetings = nv_ical_collect (self->plan, nv_record_get_id (NV_RECORD (self->shown_item)), NULL, NULL);
  summary = nv_ical_meeting_summary (NV_MEETING (self->shown_item));
  /* Translators: file names of calendar messages; %s is the meeting */
  name = g_strdup_printf (cancel ? _("Cancellation %s") : _("Invitation %s"), summary);
  export_calendar (self, meetings, cancel ? NV_ICAL_CANCEL : NV_ICAL_REQUEST, NULL, name);
}

/**
 * nv_window_import_calendar:
 *
 * Adds the events of @file to the network being shown, or to a new one,
 * as one undo step; says what came in and what was skipped, and why.
 */
void
nv_window_import_calendar (NvWindow *self,
                           GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_file_get_basename (file);
  NvIcalImportResult result;

  /* While a plan loads, or when it could not be read, there is nothing
   * to import into; the actions are off then, this is for the drop */
  if (self->plan == NULL)
    return;

  if (!nv_ical_import_file (self->plan, nv_window_current_network (self), file, &result, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      nv_window_show_error (self, heading, error->message);
      return;
    }

  /* Translators: after importing a calendar, "3 meetings added, 1 updated" */
  message = g_strdup_printf (_("%s: %u added, %u updated"), name, result.added, result.updated);
  if (result.skipped->len > 0)
    {
      g_autofree char *reasons = NULL;

      reasons = nv_ical_import_skipped_text (&result);
      nv_window_show_error (self, message, reasons);
    }
  else
    nv_window_add_toast (self, nv_toast_new (message));

  nv_ical_import_result_clear (&result);
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       NvWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      nv_window_remember_folder (self, file);
      nv_window_import_calendar (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_ics_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  GtkFileChooserNative *chooser = nv_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                       self->settings, NV_FILE_CALENDAR);

  gtk_native_dialog_set_title (GTK_NATIVE_DIALOG (chooser), _("Import Calendar"));
  gtk_file_chooser_native_set_accept_label (chooser, _("_Import"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* An attachment line: opened by the system's handler only if it is an
 * https: address or a document (nv-link.c), and never a program. The
 * line comes from the action's parameter, so it is checked here. */
static void
open_link_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  g_autofree char *uri = nv_link_to_uri (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (uri == NULL)
    {
      nv_window_show_error (self, _("Could Not Open the Attachment"),
                            _("Only web addresses starting with https: and files on this computer can be opened."));
      return;
    }
  if (!nv_link_check_file (uri, &error))
    {
      nv_window_show_error (self, _("Could Not Open the Attachment"), error->message);
      return;
    }

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_meetings_planned_cb (NvScheduleDialog *dialog,
                        guint             n,
                        NvWindow         *self)
{
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting planned", "%u meetings planned", n), n);

  toast_with_undo (self, message);
}

/* A series of meetings for the network being shown */
static void
plan_meetings_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  NvScheduleDialog *dialog;

  if (network == NULL)
    return;

  dialog = nv_schedule_dialog_new (GTK_WINDOW (self), self->plan, network);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_meetings_planned_cb), self, 0);
}

static void
on_roles_rotated_cb (NvRotationDialog *dialog,
                     guint             n,
                     NvWindow         *self)
{
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role given", "%u roles given", n), n);

  toast_with_undo (self, message);
}

/* Chair, minute-taker and the other roles shared over the network's series */
static void
rotate_roles_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvNetwork *network = nv_window_current_network (self);
  NvRotationDialog *dialog;

  if (network == NULL)
    return;

  dialog = nv_rotation_dialog_new (GTK_WINDOW (self), self->plan, network);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (on_roles_rotated_cb), self, 0);
}

/* The plan's name and notes */
static void
plan_details_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);

  if (self->plan == NULL)
    return;

  gtk_window_present (GTK_WINDOW (nv_plan_dialog_new (GTK_WINDOW (self), self->plan)));
}

void
nv_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.plan-details", NULL, plan_details_activated);
  gtk_widget_class_install_action (widget_class, "win.plan-meetings", NULL, plan_meetings_activated);
  gtk_widget_class_install_action (widget_class, "win.rotate-roles", NULL, rotate_roles_activated);
  gtk_widget_class_install_action (widget_class, "win.open-link", "s", open_link_activated);
  gtk_widget_class_install_action (widget_class, "win.import-ics", NULL, import_ics_activated);
  gtk_widget_class_install_action (widget_class, "win.export-ics", "s", export_ics_activated);
  gtk_widget_class_install_action (widget_class, "win.export-message", "s", export_message_activated);
  gtk_widget_class_install_action (widget_class, "win.export-some", NULL, export_some_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.add-network", NULL, add_network_activated);
  gtk_widget_class_install_action (widget_class, "win.add-meeting", NULL, add_meeting_activated);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_activated);
  gtk_widget_class_install_action (widget_class, "win.add-member", NULL, add_member_activated);
  gtk_widget_class_install_action (widget_class, "win.add-participant", NULL, add_participant_activated);
  gtk_widget_class_install_action (widget_class, "win.add-rule", NULL, add_rule_activated);
  gtk_widget_class_install_action (widget_class, "win.delete", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-selected", NULL, delete_selected_activated);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_activated);
  gtk_widget_class_install_action (widget_class, "win.show-people", NULL, show_people_activated);
  gtk_widget_class_install_action (widget_class, "win.search-people", NULL, search_people_activated);
  gtk_widget_class_install_action (widget_class, "win.show-record", "s", show_record_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-network", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.add-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-people", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search-people", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-sidebar", NULL);
}
