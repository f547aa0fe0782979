/* nv-minutes-window.c: minutes mode — the meeting's items one at a time,
 * with large fields for what was said and decided
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nv-agenda.h"
#include "nv-field-row.h"
#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-minutes-window.h"
#include "nv-record-list.h"
#include "nv-referat.h"
#include "nv-util.h"

/* The minute-taker walks the agenda item by item (Alt+Page Down and
 * Alt+Page Up), writing each item's background, recommendation, decision
 * and notes in large fields and adding action items as they are agreed;
 * after the last item come the open action items of earlier meetings and
 * the next meeting's date, chair and minute-taker. Every field edits the
 * plan directly, so each change is undoable and autosaved like any
 * other; approved minutes are read-only until unlocked. */

struct _NvMinutesWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkLabel       *position_label;
  GtkWidget      *approve_button;
  GtkRevealer    *lock_revealer;
  GtkLabel       *lock_label;
  GtkScrolledWindow *scroller;
  GtkBox         *page_box;

  NvPlan         *plan;
  NvMeeting      *meeting;
  GListModel     *agenda;
  GListModel     *actions;
  NvMinutes      *minutes;
  guint           position;   /* an item (of those numbered), or the end */
  guint           rebuild_source;
};

G_DEFINE_FINAL_TYPE (NvMinutesWindow, nv_minutes_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (NvMinutesWindow *self);

/* The agenda items that are numbered: not the pauses */
static GPtrArray *
numbered_items (NvMinutesWindow *self)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (self->agenda); i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (self->agenda), i));

      if (nv_agenda_item_get_kind (item) != NV_ITEM_KIND_PAUSE)
        g_ptr_array_add (items, item);
    }
  return items;
}

static gboolean
is_locked (NvMinutesWindow *self)
{
  return nv_minutes_is_locked (self->meeting);
}

static GtkWidget *
heading_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

/* Leaving a field ends the typing that merges into one undo step */
static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   NvRecord                *record)
{
  NvHistory *history = nv_record_find_history (record);

  if (history != NULL)
    nv_history_seal (history);
}

/* A large field for one part of an item's minutes, with its heading */
static GtkWidget *
minutes_field_new (NvMinutesWindow *self,
                   NvAgendaItem    *item,
                   const char      *property,
                   const char      *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = heading_label_new (title, "heading");
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_name (view, property);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), !is_locked (self));
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_add_css_class (view, "nv-minutes-text");
  g_object_bind_property_full (item, property, buffer, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               string_to_text, NULL, NULL, NULL);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), item, 0);
  gtk_widget_add_controller (view, focus);

  gtk_label_set_use_underline (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static void
update_action_title (AdwPreferencesRow *row,
                     GParamSpec        *pspec,
                     NvActionItem      *action)
{
  const char *what = nv_action_item_get_what (action);

  /* Translators: an action item that has no text yet */
  nv_row_show_title (row, what != NULL ? what : _("New action item"));
}

/**
 * nv_action_item_row_new:
 * @expanded: open, to be filled in
 *
 * Returns: (transfer floating): a row for an action item: what, who, by
 * when and whether it is done
 */
GtkWidget *
nv_action_item_row_new (NvPlan       *plan,
                        NvActionItem *action,
                        gboolean      expanded)
{
  static const char * const fields[] = { "what", "who", "due", "done", NULL };
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *done = gtk_image_new_from_icon_name ("object-select-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_field_row_new (plan, NV_RECORD (action), fields[i]));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               nv_delete_button_new (NV_RECORD (action), _("Delete Action Item")));
  gtk_widget_set_tooltip_text (done, C_("action item", "Done"));
  g_object_bind_property (action, "done", done, "visible", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), done);
  g_signal_connect_object (action, "notify::what", G_CALLBACK (update_action_title), row, G_CONNECT_SWAPPED);
  update_action_title (ADW_PREFERENCES_ROW (row), NULL, action);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
  return row;
}

static void
add_item_page (NvMinutesWindow *self,
               NvAgendaItem    *item,
               guint            number)
{
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (self->meeting);
  const char * const *attachments = nv_agenda_item_get_attachments (item);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_strdup_printf (_("Item %u: %s"), number,
                                            nv_agenda_item_get_title (item) != NULL ? nv_agenda_item_get_title (item) : "");
  g_autofree char *shown = nv_display_text (title);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  guint position, n_actions = 0;

  gtk_box_append (GTK_BOX (header), heading_label_new (shown, "title-2"));
  if (nv_record_list_find (NV_RECORD_LIST (self->agenda), NV_RECORD (item), &position) &&
      position < times->n_slots)
    {
      char *range = nv_agenda_format_range (times->slots[position].start, times->slots[position].end);

      if (range != NULL)
        g_ptr_array_add (details, range);
    }
  if (nv_agenda_item_get_case_number (item) != NULL)
    g_ptr_array_add (details, g_strdup_printf (_("Case no. %s"), nv_agenda_item_get_case_number (item)));
  if (attachments != NULL && attachments[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) attachments);

      /* Translators: an agenda item's attachments (bilag) in minutes mode */
      g_ptr_array_add (details, g_strdup_printf (_("Attachments: %s"), list));
    }
  if (details->len > 0)
    {
      g_autofree char *line = NULL;
      g_autofree char *line_shown = NULL;

      g_ptr_array_add (details, NULL);
      line = g_strjoinv ("  ·  ", (char **) details->pdata);
      line_shown = nv_display_text (line);
      gtk_box_append (GTK_BOX (header), heading_label_new (line_shown, "dim-label"));
    }
  gtk_box_append (self->page_box, header);

  gtk_box_append (self->page_box, minutes_field_new (self, item, "background", _("_Background")));
  gtk_box_append (self->page_box, minutes_field_new (self, item, "recommendation", _("_Recommendation")));
  gtk_box_append (self->page_box, minutes_field_new (self, item, "decision", _("_Decision")));
  gtk_box_append (self->page_box, minutes_field_new (self, item, "minutes-notes", _("_Notes")));

  /* The action items agreed under this item */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Action Items"));
  gtk_widget_set_tooltip_text (add_button, _("Add Action Item (Ctrl+Return)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "minutes.add-action");
  gtk_widget_add_css_class (add_button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add_button);
  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      NvActionItem *action = NV_ACTION_ITEM (nv_record_list_peek (NV_RECORD_LIST (self->actions), i));

      if (g_strcmp0 (nv_action_item_get_agenda_item (action), nv_record_get_id (NV_RECORD (item))) != 0)
        continue;
      GtkWidget *row = nv_action_item_row_new (self->plan, action, nv_action_item_get_what (action) == NULL);

      gtk_widget_set_sensitive (row, !is_locked (self));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      n_actions++;
    }
  if (n_actions == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Tasks agreed under this item: what, who and by when"));
  gtk_box_append (self->page_box, group);
}

/**
 * nv_earlier_action_row_new:
 *
 * Returns: (transfer floating): a row to follow up an action item of an
 * earlier meeting: what, who, by when, where, and a check box for done
 */
GtkWidget *
nv_earlier_action_row_new (NvPlan       *plan,
                           NvActionItem *action)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  NvMeeting *meeting = nv_action_item_get_meeting (action);
  const char *who = nv_plan_person_name (plan, nv_action_item_get_who (action));
  g_autofree char *due = nv_format_date_short (nv_action_item_get_due (action));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  if (who != NULL)
    g_ptr_array_add (parts, (gpointer) who);
  if (due != NULL)
    g_ptr_array_add (parts, due);
  if (meeting != NULL && nv_meeting_get_title (meeting) != NULL)
    g_ptr_array_add (parts, (gpointer) nv_meeting_get_title (meeting));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv ("  ·  ", (char **) parts->pdata);

  nv_row_show_text (ADW_PREFERENCES_ROW (row), nv_action_item_get_what (action), subtitle);
  gtk_widget_set_tooltip_text (check, C_("action item", "Done"));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_bind_property (action, "done", check, "active", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/* After the last item: following up earlier action items, and the next meeting */
static void
add_end_page (NvMinutesWindow *self)
{
  static const char * const next_fields[] = { "date", "start", "location", "chair", "minute-taker", NULL };
  g_autoptr(GPtrArray) earlier = nv_meeting_open_actions_before (self->meeting);
  NvMeeting *next = nv_meeting_find_next (self->meeting);
  GtkWidget *follow_up = adw_preferences_group_new ();
  GtkWidget *next_group = adw_preferences_group_new ();

  /* Translators: the last page of minutes mode */
  gtk_box_append (self->page_box, heading_label_new (_("End of the Meeting"), "title-2"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (follow_up), _("Open Action Items of Earlier Meetings"));
  if (earlier->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (follow_up), _("Nothing to follow up"));
  for (guint i = 0; i < earlier->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (follow_up),
                               nv_earlier_action_row_new (self->plan, g_ptr_array_index (earlier, i)));
  gtk_box_append (self->page_box, follow_up);

  /* Seed 001: at the end of each meeting the next chair and minute-taker are chosen */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (next_group), _("Next Meeting"));
  if (next != NULL)
    {
      g_autofree char *shown = nv_display_text (nv_meeting_get_title (next));

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (next_group), shown);
      for (guint i = 0; next_fields[i] != NULL; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (next_group),
                                   nv_field_row_new (self->plan, NV_RECORD (next), next_fields[i]));
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Plan the Next Meeting"));

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (next_group),
                                             _("There is no later meeting in this series yet"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "minutes.plan-next");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "pill");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (next_group), button);
    }
  gtk_box_append (self->page_box, next_group);
}

static void
update_lock (NvMinutesWindow *self)
{
  gboolean locked = is_locked (self);
  g_autofree char *approved = nv_format_date_plain (nv_minutes_get_approved (self->minutes));
  g_autofree char *text = approved != NULL
    /* Translators: %s is a date */
    ? g_strdup_printf (_("These minutes were approved on %s and are locked against changes."), approved)
    : g_strdup (_("These minutes are approved and locked against changes."));

  gtk_label_set_text (self->lock_label, text);
  gtk_revealer_set_reveal_child (self->lock_revealer, locked);
  gtk_widget_set_visible (self->approve_button, !locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.add-action", !locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.unlock", locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.approve", !locked);
}

static void
rebuild (NvMinutesWindow *self)
{
  g_autoptr(GPtrArray) items = numbered_items (self);
  g_autofree char *position = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->position = MIN (self->position, items->len);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_box))) != NULL)
    gtk_box_remove (self->page_box, child);

  if (self->position < items->len)
    {
      add_item_page (self, g_ptr_array_index (items, self->position), self->position + 1);
      /* Translators: where minutes mode is: "Item 2 of 5" */
      position = g_strdup_printf (_("Item %u of %u"), self->position + 1, items->len);
    }
  else
    {
      add_end_page (self);
      position = g_strdup (_("End"));
    }

  gtk_label_set_text (self->position_label, position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.next", self->position < items->len);
  update_lock (self);
  nv_scroll_to_top (GTK_WIDGET (self->scroller));
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  NvMinutesWindow *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The page is made again after the agenda or the action items change
 * (also by undo), once the change is over */
static void
queue_rebuild (NvMinutesWindow *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_idle_cb, self);
}

static void
update_title (NvMinutesWindow *self)
{
  const char *title = nv_meeting_get_title (self->meeting);
  g_autofree char *when = nv_format_when_short (nv_meeting_get_date (self->meeting), nv_meeting_get_start (self->meeting));
  g_autofree char *subtitle = NULL;

  if (title != NULL && when != NULL)
    /* Translators: minutes mode's subtitle: "Chefforum, 21 Apr 2015, 15:00" */
    subtitle = g_strdup_printf (_("%s, %s"), title, when);
  else
    subtitle = g_strdup (title != NULL ? title : when);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* Actions */

static void
go_activated (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);
  g_autoptr(GPtrArray) items = numbered_items (self);

  if (g_str_equal (action_name, "minutes.next") && self->position < items->len)
    nv_minutes_window_set_position (self, self->position + 1);
  else if (g_str_equal (action_name, "minutes.previous") && self->position > 0)
    nv_minutes_window_set_position (self, self->position - 1);
}

static void
add_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);
  g_autoptr(GPtrArray) items = numbered_items (self);
  NvAgendaItem *item = self->position < items->len ? g_ptr_array_index (items, self->position) : NULL;
  g_autoptr(GError) error = NULL;

  if (nv_meeting_add_action (self->meeting, item, NULL, &error) == NULL)
    g_warning ("%s", error->message);
  /* The new row shows when the page is made again */
  rebuild (self);
}

static void
plan_next_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);

  nv_meeting_set_next (self->meeting, 0, NULL, NULL);
  rebuild (self);
}

static void
approve_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);

  nv_minutes_approve (self->meeting, nv_date_today ());
}

static void
unlock_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);

  nv_minutes_ask_unlock (widget, self->meeting);
}

static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (widget);
  NvHistory *history = nv_plan_get_history (self->plan);

  nv_history_seal (history);
  if (g_str_equal (action_name, "minutes.undo"))
    nv_history_undo (history);
  else
    nv_history_redo (history);
}

/* Unlocking approved minutes asks first */

static void
on_unlock_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       NvMeeting        *meeting)
{
  if (g_str_equal (response, "unlock"))
    nv_minutes_unlock (meeting);
}

/**
 * nv_minutes_ask_unlock:
 * @parent: a widget of the window to ask over
 *
 * Asks whether @meeting's approved minutes should be unlocked, and does
 * so if the answer is yes.
 */
void
nv_minutes_ask_unlock (GtkWidget *parent,
                       NvMeeting *meeting)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (NV_IS_MEETING (meeting));

  if (!nv_minutes_is_locked (meeting))
    return;

  body = g_strdup_printf (_("The minutes of “%s” have been approved. Unlocked, they become a draft again and "
                            "can be changed; approve them again when they are right."),
                          nv_meeting_get_title (meeting) != NULL ? nv_meeting_get_title (meeting) : _("Meeting"));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Unlock Approved Minutes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "unlock", _("_Unlock"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unlock", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unlock_response_cb), meeting, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
nv_minutes_window_dispose (GObject *object)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_data (self->agenda, self);
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_data (self->actions, self);
  if (self->minutes != NULL)
    g_signal_handlers_disconnect_by_data (self->minutes, self);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->agenda);
  g_clear_object (&self->actions);
  g_clear_object (&self->minutes);
  g_clear_object (&self->meeting);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_MINUTES_WINDOW);

  G_OBJECT_CLASS (nv_minutes_window_parent_class)->dispose (object);
}

static void
nv_minutes_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_minutes_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NvMinutesWindow *self = NV_MINUTES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      nv_minutes_window_set_position (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_minutes_window_class_init (NvMinutesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_minutes_window_dispose;
  object_class->get_property = nv_minutes_window_get_property;
  object_class->set_property = nv_minutes_window_set_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-minutes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, approve_button);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, lock_revealer);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, lock_label);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, NvMinutesWindow, page_box);

  gtk_widget_class_install_action (widget_class, "minutes.next", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "minutes.previous", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "minutes.add-action", NULL, add_action_activated);
  gtk_widget_class_install_action (widget_class, "minutes.plan-next", NULL, plan_next_activated);
  gtk_widget_class_install_action (widget_class, "minutes.approve", NULL, approve_activated);
  gtk_widget_class_install_action (widget_class, "minutes.unlock", NULL, unlock_activated);
  gtk_widget_class_install_action (widget_class, "minutes.undo", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "minutes.redo", NULL, history_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "minutes.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "minutes.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, GDK_ALT_MASK, "minutes.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, GDK_ALT_MASK, "minutes.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "minutes.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "minutes.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nv_minutes_window_init (NvMinutesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Return adds an action item from the decision or notes being
   * written too: their text views would take it as a new line */
  nv_add_capture_shortcut (GTK_WIDGET (self), GDK_KEY_Return, GDK_CONTROL_MASK, "minutes.add-action");
  nv_add_capture_shortcut (GTK_WIDGET (self), GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "minutes.add-action");
}

/**
 * nv_minutes_window_new:
 *
 * Returns: (transfer floating): minutes mode for @meeting, at its first item
 */
NvMinutesWindow *
nv_minutes_window_new (NvPlan    *plan,
                       NvMeeting *meeting)
{
  NvMinutesWindow *self;

  g_return_val_if_fail (NV_IS_PLAN (plan), NULL);
  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);

  self = g_object_new (NV_TYPE_MINUTES_WINDOW, NULL);
  self->plan = g_object_ref (plan);
  self->meeting = g_object_ref (meeting);
  self->agenda = g_object_ref (nv_meeting_get_agenda (meeting));
  self->actions = g_object_ref (nv_meeting_get_actions (meeting));
  self->minutes = g_object_ref (nv_meeting_get_minutes (meeting));

  g_signal_connect_swapped (self->agenda, "items-changed", G_CALLBACK (queue_rebuild), self);
  g_signal_connect_swapped (self->actions, "items-changed", G_CALLBACK (queue_rebuild), self);
  g_signal_connect_swapped (self->minutes, "notify::status", G_CALLBACK (queue_rebuild), self);
  g_signal_connect_swapped (self->minutes, "notify::approved", G_CALLBACK (update_lock), self);
  g_signal_connect_swapped (self->meeting, "notify::title", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->meeting, "notify::date", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->meeting, "notify::start", G_CALLBACK (update_title), self);

  update_title (self);
  rebuild (self);
  return self;
}

NvMeeting *
nv_minutes_window_get_meeting (NvMinutesWindow *self)
{
  g_return_val_if_fail (NV_IS_MINUTES_WINDOW (self), NULL);

  return self->meeting;
}

guint
nv_minutes_window_get_position (NvMinutesWindow *self)
{
  g_return_val_if_fail (NV_IS_MINUTES_WINDOW (self), 0);

  return self->position;
}

/**
 * nv_minutes_window_set_position:
 * @position: an item, counting those that are numbered (not pauses),
 *   from 0; their number for the end of the meeting
 */
void
nv_minutes_window_set_position (NvMinutesWindow *self,
                                guint            position)
{
  g_return_if_fail (NV_IS_MINUTES_WINDOW (self));

  if (self->position == position)
    return;

  /* What was typed so far is one undo step; the next item starts another */
  nv_history_seal (nv_plan_get_history (self->plan));
  self->position = position;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
