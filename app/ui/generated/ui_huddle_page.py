# Generated from forms/huddle_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HuddlePage(object):
    def setupUi(self, HuddlePage):
        if not HuddlePage.objectName():
            HuddlePage.setObjectName(u"HuddlePage")
        self.outerLayout = QVBoxLayout(HuddlePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(HuddlePage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.savedIndicator = QLabel(HuddlePage)
        self.savedIndicator.setObjectName(u"savedIndicator")

        self.titleRow.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.titleRow)

        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.dateLabel = QLabel(HuddlePage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.topBar.addWidget(self.dateLabel)

        self.huddleDate = QDateEdit(HuddlePage)
        self.huddleDate.setObjectName(u"huddleDate")
        self.huddleDate.setCalendarPopup(True)

        self.topBar.addWidget(self.huddleDate)

        self.previousDay = QPushButton(HuddlePage)
        self.previousDay.setObjectName(u"previousDay")

        self.topBar.addWidget(self.previousDay)

        self.nextDay = QPushButton(HuddlePage)
        self.nextDay.setObjectName(u"nextDay")

        self.topBar.addWidget(self.nextDay)

        self.todayButton = QPushButton(HuddlePage)
        self.todayButton.setObjectName(u"todayButton")

        self.topBar.addWidget(self.todayButton)

        self.slotLabel = QLabel(HuddlePage)
        self.slotLabel.setObjectName(u"slotLabel")

        self.topBar.addWidget(self.slotLabel)

        self.slot = QComboBox(HuddlePage)
        self.slot.setObjectName(u"slot")
        self.slot.setEditable(False)

        self.topBar.addWidget(self.slot)

        self.topBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topBarSpacer)


        self.outerLayout.addLayout(self.topBar)

        self.remindersBanner = QLabel(HuddlePage)
        self.remindersBanner.setObjectName(u"remindersBanner")
        self.remindersBanner.setWordWrap(True)

        self.outerLayout.addWidget(self.remindersBanner)

        self.scroll = QScrollArea(HuddlePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.sheet = QWidget()
        self.sheet.setObjectName(u"sheet")
        self.sheetLayout = QVBoxLayout(self.sheet)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.huddleGroup = QGroupBox(self.sheet)
        self.huddleGroup.setObjectName(u"huddleGroup")
        self.huddleLayout = QVBoxLayout(self.huddleGroup)
        self.huddleLayout.setObjectName(u"huddleLayout")
        self.huddleForm = QFormLayout()
        self.huddleForm.setObjectName(u"huddleForm")
        self.huddleForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.held = QCheckBox(self.huddleGroup)
        self.held.setObjectName(u"held")

        self.huddleForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.held)

        self.notHeldReasonLabel = QLabel(self.huddleGroup)
        self.notHeldReasonLabel.setObjectName(u"notHeldReasonLabel")

        self.huddleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notHeldReasonLabel)

        self.notHeldRow = QHBoxLayout()
        self.notHeldRow.setObjectName(u"notHeldRow")
        self.notHeldReason = QComboBox(self.huddleGroup)
        self.notHeldReason.setObjectName(u"notHeldReason")
        self.notHeldReason.setEditable(False)

        self.notHeldRow.addWidget(self.notHeldReason)

        self.notHeldDetail = QLineEdit(self.huddleGroup)
        self.notHeldDetail.setObjectName(u"notHeldDetail")

        self.notHeldRow.addWidget(self.notHeldDetail)


        self.huddleForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.notHeldRow)

        self.leaderLabel = QLabel(self.huddleGroup)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.huddleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(self.huddleGroup)
        self.leader.setObjectName(u"leader")
        self.leader.setEditable(True)

        self.huddleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leader)

        self.startLabel = QLabel(self.huddleGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.huddleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startTime = QLineEdit(self.huddleGroup)
        self.startTime.setObjectName(u"startTime")
        self.startTime.setMaxLength(5)

        self.startRow.addWidget(self.startTime)

        self.startHuddle = QPushButton(self.huddleGroup)
        self.startHuddle.setObjectName(u"startHuddle")

        self.startRow.addWidget(self.startHuddle)

        self.durationLabel = QLabel(self.huddleGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.startRow.addWidget(self.durationLabel)

        self.startRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startRowSpacer)


        self.huddleForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.endLabel = QLabel(self.huddleGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.huddleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.endTime = QLineEdit(self.huddleGroup)
        self.endTime.setObjectName(u"endTime")
        self.endTime.setMaxLength(5)

        self.endRow.addWidget(self.endTime)

        self.endHuddle = QPushButton(self.huddleGroup)
        self.endHuddle.setObjectName(u"endHuddle")

        self.endRow.addWidget(self.endHuddle)

        self.endRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endRowSpacer)


        self.huddleForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.endRow)


        self.huddleLayout.addLayout(self.huddleForm)


        self.sheetLayout.addWidget(self.huddleGroup)

        self.attendanceGroup = QGroupBox(self.sheet)
        self.attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(self.attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.addAttendeeRow = QHBoxLayout()
        self.addAttendeeRow.setObjectName(u"addAttendeeRow")
        self.attendeeLabel = QLabel(self.attendanceGroup)
        self.attendeeLabel.setObjectName(u"attendeeLabel")

        self.addAttendeeRow.addWidget(self.attendeeLabel)

        self.attendeeName = QLineEdit(self.attendanceGroup)
        self.attendeeName.setObjectName(u"attendeeName")

        self.addAttendeeRow.addWidget(self.attendeeName)

        self.attendeeRoleLabel = QLabel(self.attendanceGroup)
        self.attendeeRoleLabel.setObjectName(u"attendeeRoleLabel")

        self.addAttendeeRow.addWidget(self.attendeeRoleLabel)

        self.attendeeRole = QComboBox(self.attendanceGroup)
        self.attendeeRole.setObjectName(u"attendeeRole")
        self.attendeeRole.setEditable(False)

        self.addAttendeeRow.addWidget(self.attendeeRole)


        self.attendanceLayout.addLayout(self.addAttendeeRow)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendee = QPushButton(self.attendanceGroup)
        self.addAttendee.setObjectName(u"addAttendee")

        self.attendeeButtons.addWidget(self.addAttendee)

        self.removeAttendee = QPushButton(self.attendanceGroup)
        self.removeAttendee.setObjectName(u"removeAttendee")

        self.attendeeButtons.addWidget(self.removeAttendee)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.attendanceLayout.addLayout(self.attendeeButtons)

        self.attendees = QListWidget(self.attendanceGroup)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setMaximumHeight(16777215)

        self.attendanceLayout.addWidget(self.attendees)

        self.roleCounts = QLabel(self.attendanceGroup)
        self.roleCounts.setObjectName(u"roleCounts")

        self.attendanceLayout.addWidget(self.roleCounts)


        self.sheetLayout.addWidget(self.attendanceGroup)

        self.staffingGroup = QGroupBox(self.sheet)
        self.staffingGroup.setObjectName(u"staffingGroup")
        self.staffingForm = QFormLayout(self.staffingGroup)
        self.staffingForm.setObjectName(u"staffingForm")
        self.staffingForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nicLabel = QLabel(self.staffingGroup)
        self.nicLabel.setObjectName(u"nicLabel")

        self.staffingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nicLabel)

        self.nurseInCharge = QLineEdit(self.staffingGroup)
        self.nurseInCharge.setObjectName(u"nurseInCharge")

        self.staffingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nurseInCharge)

        self.nextNicLabel = QLabel(self.staffingGroup)
        self.nextNicLabel.setObjectName(u"nextNicLabel")

        self.staffingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextNicLabel)

        self.nextInCharge = QLineEdit(self.staffingGroup)
        self.nextInCharge.setObjectName(u"nextInCharge")

        self.staffingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextInCharge)

        self.rnLabel = QLabel(self.staffingGroup)
        self.rnLabel.setObjectName(u"rnLabel")

        self.staffingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rnLabel)

        self.rnRow = QHBoxLayout()
        self.rnRow.setObjectName(u"rnRow")
        self.rnPlannedLabel = QLabel(self.staffingGroup)
        self.rnPlannedLabel.setObjectName(u"rnPlannedLabel")

        self.rnRow.addWidget(self.rnPlannedLabel)

        self.rnPlanned = QSpinBox(self.staffingGroup)
        self.rnPlanned.setObjectName(u"rnPlanned")
        self.rnPlanned.setMinimum(-1)
        self.rnPlanned.setMaximum(999)
        self.rnPlanned.setValue(-1)

        self.rnRow.addWidget(self.rnPlanned)

        self.rnActualLabel = QLabel(self.staffingGroup)
        self.rnActualLabel.setObjectName(u"rnActualLabel")

        self.rnRow.addWidget(self.rnActualLabel)

        self.rnActual = QSpinBox(self.staffingGroup)
        self.rnActual.setObjectName(u"rnActual")
        self.rnActual.setMinimum(-1)
        self.rnActual.setMaximum(999)
        self.rnActual.setValue(-1)

        self.rnRow.addWidget(self.rnActual)

        self.rnRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rnRow.addItem(self.rnRowSpacer)


        self.staffingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.rnRow)

        self.hcaLabel = QLabel(self.staffingGroup)
        self.hcaLabel.setObjectName(u"hcaLabel")

        self.staffingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hcaLabel)

        self.hcaRow = QHBoxLayout()
        self.hcaRow.setObjectName(u"hcaRow")
        self.hcaPlannedLabel = QLabel(self.staffingGroup)
        self.hcaPlannedLabel.setObjectName(u"hcaPlannedLabel")

        self.hcaRow.addWidget(self.hcaPlannedLabel)

        self.hcaPlanned = QSpinBox(self.staffingGroup)
        self.hcaPlanned.setObjectName(u"hcaPlanned")
        self.hcaPlanned.setMinimum(-1)
        self.hcaPlanned.setMaximum(999)
        self.hcaPlanned.setValue(-1)

        self.hcaRow.addWidget(self.hcaPlanned)

        self.hcaActualLabel = QLabel(self.staffingGroup)
        self.hcaActualLabel.setObjectName(u"hcaActualLabel")

        self.hcaRow.addWidget(self.hcaActualLabel)

        self.hcaActual = QSpinBox(self.staffingGroup)
        self.hcaActual.setObjectName(u"hcaActual")
        self.hcaActual.setMinimum(-1)
        self.hcaActual.setMaximum(999)
        self.hcaActual.setValue(-1)

        self.hcaRow.addWidget(self.hcaActual)

        self.hcaRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hcaRow.addItem(self.hcaRowSpacer)


        self.staffingForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hcaRow)

        self.concernRow = QHBoxLayout()
        self.concernRow.setObjectName(u"concernRow")
        self.staffingConcern = QCheckBox(self.staffingGroup)
        self.staffingConcern.setObjectName(u"staffingConcern")

        self.concernRow.addWidget(self.staffingConcern)

        self.staffingConcernDetail = QLineEdit(self.staffingGroup)
        self.staffingConcernDetail.setObjectName(u"staffingConcernDetail")

        self.concernRow.addWidget(self.staffingConcernDetail)


        self.staffingForm.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.concernRow)

        self.escalatedRow = QHBoxLayout()
        self.escalatedRow.setObjectName(u"escalatedRow")
        self.staffingEscalated = QCheckBox(self.staffingGroup)
        self.staffingEscalated.setObjectName(u"staffingEscalated")

        self.escalatedRow.addWidget(self.staffingEscalated)

        self.escalatedTo = QLineEdit(self.staffingGroup)
        self.escalatedTo.setObjectName(u"escalatedTo")

        self.escalatedRow.addWidget(self.escalatedTo)


        self.staffingForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.escalatedRow)

        self.bedsLabel = QLabel(self.staffingGroup)
        self.bedsLabel.setObjectName(u"bedsLabel")

        self.staffingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bedsLabel)

        self.bedsRow = QHBoxLayout()
        self.bedsRow.setObjectName(u"bedsRow")
        self.bedsOccupied = QSpinBox(self.staffingGroup)
        self.bedsOccupied.setObjectName(u"bedsOccupied")
        self.bedsOccupied.setMinimum(-1)
        self.bedsOccupied.setMaximum(999)
        self.bedsOccupied.setValue(-1)

        self.bedsRow.addWidget(self.bedsOccupied)

        self.bedsRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bedsRow.addItem(self.bedsRowSpacer)


        self.staffingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.bedsRow)

        self.admissionsLabel = QLabel(self.staffingGroup)
        self.admissionsLabel.setObjectName(u"admissionsLabel")

        self.staffingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.admissionsLabel)

        self.flowRow = QHBoxLayout()
        self.flowRow.setObjectName(u"flowRow")
        self.expectedAdmissions = QSpinBox(self.staffingGroup)
        self.expectedAdmissions.setObjectName(u"expectedAdmissions")
        self.expectedAdmissions.setMinimum(-1)
        self.expectedAdmissions.setMaximum(999)
        self.expectedAdmissions.setValue(-1)

        self.flowRow.addWidget(self.expectedAdmissions)

        self.dischargesLabel = QLabel(self.staffingGroup)
        self.dischargesLabel.setObjectName(u"dischargesLabel")

        self.flowRow.addWidget(self.dischargesLabel)

        self.plannedDischarges = QSpinBox(self.staffingGroup)
        self.plannedDischarges.setObjectName(u"plannedDischarges")
        self.plannedDischarges.setMinimum(-1)
        self.plannedDischarges.setMaximum(999)
        self.plannedDischarges.setValue(-1)

        self.flowRow.addWidget(self.plannedDischarges)

        self.flowRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flowRow.addItem(self.flowRowSpacer)


        self.staffingForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.flowRow)


        self.sheetLayout.addWidget(self.staffingGroup)

        self.lookBackGroup = QGroupBox(self.sheet)
        self.lookBackGroup.setObjectName(u"lookBackGroup")
        self.lookBackLayout = QVBoxLayout(self.lookBackGroup)
        self.lookBackLayout.setObjectName(u"lookBackLayout")
        self.lookBackAnyRow = QHBoxLayout()
        self.lookBackAnyRow.setObjectName(u"lookBackAnyRow")
        self.lookBackAnyLabel = QLabel(self.lookBackGroup)
        self.lookBackAnyLabel.setObjectName(u"lookBackAnyLabel")

        self.lookBackAnyRow.addWidget(self.lookBackAnyLabel)

        self.lookBackAny = QComboBox(self.lookBackGroup)
        self.lookBackAny.setObjectName(u"lookBackAny")
        self.lookBackAny.setEditable(False)

        self.lookBackAnyRow.addWidget(self.lookBackAny)

        self.lookBackAnyRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lookBackAnyRow.addItem(self.lookBackAnyRowSpacer)


        self.lookBackLayout.addLayout(self.lookBackAnyRow)

        self.events = QTableWidget(self.lookBackGroup)
        self.events.setObjectName(u"events")
        self.events.setTabKeyNavigation(False)
        self.events.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SingleSelection)

        self.lookBackLayout.addWidget(self.events)

        self.eventButtons = QHBoxLayout()
        self.eventButtons.setObjectName(u"eventButtons")
        self.addEvent = QPushButton(self.lookBackGroup)
        self.addEvent.setObjectName(u"addEvent")

        self.eventButtons.addWidget(self.addEvent)

        self.removeEvent = QPushButton(self.lookBackGroup)
        self.removeEvent.setObjectName(u"removeEvent")

        self.eventButtons.addWidget(self.removeEvent)

        self.startReflection = QPushButton(self.lookBackGroup)
        self.startReflection.setObjectName(u"startReflection")

        self.eventButtons.addWidget(self.startReflection)

        self.eventButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtons.addItem(self.eventButtonsSpacer)


        self.lookBackLayout.addLayout(self.eventButtons)


        self.sheetLayout.addWidget(self.lookBackGroup)

        self.crossGroup = QGroupBox(self.sheet)
        self.crossGroup.setObjectName(u"crossGroup")
        self.crossLayout = QVBoxLayout(self.crossGroup)
        self.crossLayout.setObjectName(u"crossLayout")
        self.crossRows = QWidget(self.crossGroup)
        self.crossRows.setObjectName(u"crossRows")

        self.crossLayout.addWidget(self.crossRows)

        self.crossMonthLabel = QLabel(self.crossGroup)
        self.crossMonthLabel.setObjectName(u"crossMonthLabel")

        self.crossLayout.addWidget(self.crossMonthLabel)

        self.crossMonth = QWidget(self.crossGroup)
        self.crossMonth.setObjectName(u"crossMonth")

        self.crossLayout.addWidget(self.crossMonth)


        self.sheetLayout.addWidget(self.crossGroup)

        self.lookAheadGroup = QGroupBox(self.sheet)
        self.lookAheadGroup.setObjectName(u"lookAheadGroup")
        self.lookAheadLayout = QVBoxLayout(self.lookAheadGroup)
        self.lookAheadLayout.setObjectName(u"lookAheadLayout")
        self.atRiskNote = QLabel(self.lookAheadGroup)
        self.atRiskNote.setObjectName(u"atRiskNote")

        self.lookAheadLayout.addWidget(self.atRiskNote)

        self.atRisk = QTableWidget(self.lookAheadGroup)
        self.atRisk.setObjectName(u"atRisk")
        self.atRisk.setTabKeyNavigation(False)
        self.atRisk.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.atRisk.setSelectionMode(QAbstractItemView.SingleSelection)

        self.lookAheadLayout.addWidget(self.atRisk)

        self.atRiskButtons = QHBoxLayout()
        self.atRiskButtons.setObjectName(u"atRiskButtons")
        self.addAtRisk = QPushButton(self.lookAheadGroup)
        self.addAtRisk.setObjectName(u"addAtRisk")

        self.atRiskButtons.addWidget(self.addAtRisk)

        self.removeAtRisk = QPushButton(self.lookAheadGroup)
        self.removeAtRisk.setObjectName(u"removeAtRisk")

        self.atRiskButtons.addWidget(self.removeAtRisk)

        self.atRiskButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.atRiskButtons.addItem(self.atRiskButtonsSpacer)


        self.lookAheadLayout.addLayout(self.atRiskButtons)

        self.lookAheadForm = QFormLayout()
        self.lookAheadForm.setObjectName(u"lookAheadForm")
        self.lookAheadForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.threatsLabel = QLabel(self.lookAheadGroup)
        self.threatsLabel.setObjectName(u"threatsLabel")

        self.lookAheadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.threatsLabel)

        self.threatsBox = QWidget(self.lookAheadGroup)
        self.threatsBox.setObjectName(u"threatsBox")

        self.lookAheadForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.threatsBox)

        self.threatsDetailLabel = QLabel(self.lookAheadGroup)
        self.threatsDetailLabel.setObjectName(u"threatsDetailLabel")

        self.lookAheadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.threatsDetailLabel)

        self.threatsDetail = QLineEdit(self.lookAheadGroup)
        self.threatsDetail.setObjectName(u"threatsDetail")

        self.lookAheadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.threatsDetail)

        self.isolationLabel = QLabel(self.lookAheadGroup)
        self.isolationLabel.setObjectName(u"isolationLabel")

        self.lookAheadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.isolationLabel)

        self.isolationRow = QHBoxLayout()
        self.isolationRow.setObjectName(u"isolationRow")
        self.isolationCount = QSpinBox(self.lookAheadGroup)
        self.isolationCount.setObjectName(u"isolationCount")
        self.isolationCount.setMinimum(-1)
        self.isolationCount.setMaximum(999)
        self.isolationCount.setValue(-1)

        self.isolationRow.addWidget(self.isolationCount)

        self.bayClosed = QCheckBox(self.lookAheadGroup)
        self.bayClosed.setObjectName(u"bayClosed")

        self.isolationRow.addWidget(self.bayClosed)

        self.isolationRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.isolationRow.addItem(self.isolationRowSpacer)


        self.lookAheadForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.isolationRow)

        self.remindersLabel = QLabel(self.lookAheadGroup)
        self.remindersLabel.setObjectName(u"remindersLabel")

        self.lookAheadForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remindersLabel)

        self.reminders = QPlainTextEdit(self.lookAheadGroup)
        self.reminders.setObjectName(u"reminders")
        self.reminders.setTabChangesFocus(True)

        self.lookAheadForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reminders)

        self.dataReviewed = QCheckBox(self.lookAheadGroup)
        self.dataReviewed.setObjectName(u"dataReviewed")

        self.lookAheadForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.dataReviewed)


        self.lookAheadLayout.addLayout(self.lookAheadForm)


        self.sheetLayout.addWidget(self.lookAheadGroup)

        self.actionsGroup = QGroupBox(self.sheet)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actions = QTableWidget(self.actionsGroup)
        self.actions.setObjectName(u"actions")
        self.actions.setTabKeyNavigation(False)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SingleSelection)

        self.actionsLayout.addWidget(self.actions)

        self.actionStatusRow = QHBoxLayout()
        self.actionStatusRow.setObjectName(u"actionStatusRow")
        self.actionStatusLabel = QLabel(self.actionsGroup)
        self.actionStatusLabel.setObjectName(u"actionStatusLabel")

        self.actionStatusRow.addWidget(self.actionStatusLabel)

        self.actionStatus = QComboBox(self.actionsGroup)
        self.actionStatus.setObjectName(u"actionStatus")
        self.actionStatus.setEditable(False)

        self.actionStatusRow.addWidget(self.actionStatus)

        self.applyActionStatus = QPushButton(self.actionsGroup)
        self.applyActionStatus.setObjectName(u"applyActionStatus")

        self.actionStatusRow.addWidget(self.applyActionStatus)

        self.actionStatusRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionStatusRow.addItem(self.actionStatusRowSpacer)


        self.actionsLayout.addLayout(self.actionStatusRow)

        self.newActionTextRow = QHBoxLayout()
        self.newActionTextRow.setObjectName(u"newActionTextRow")
        self.newActionLabel = QLabel(self.actionsGroup)
        self.newActionLabel.setObjectName(u"newActionLabel")

        self.newActionTextRow.addWidget(self.newActionLabel)

        self.newActionText = QLineEdit(self.actionsGroup)
        self.newActionText.setObjectName(u"newActionText")

        self.newActionTextRow.addWidget(self.newActionText)


        self.actionsLayout.addLayout(self.newActionTextRow)

        self.newActionRow = QHBoxLayout()
        self.newActionRow.setObjectName(u"newActionRow")
        self.newActionOwnerLabel = QLabel(self.actionsGroup)
        self.newActionOwnerLabel.setObjectName(u"newActionOwnerLabel")

        self.newActionRow.addWidget(self.newActionOwnerLabel)

        self.newActionOwner = QComboBox(self.actionsGroup)
        self.newActionOwner.setObjectName(u"newActionOwner")
        self.newActionOwner.setEditable(True)

        self.newActionRow.addWidget(self.newActionOwner)

        self.newActionDueLabel = QLabel(self.actionsGroup)
        self.newActionDueLabel.setObjectName(u"newActionDueLabel")

        self.newActionRow.addWidget(self.newActionDueLabel)

        self.newActionDue = QDateEdit(self.actionsGroup)
        self.newActionDue.setObjectName(u"newActionDue")
        self.newActionDue.setCalendarPopup(True)

        self.newActionRow.addWidget(self.newActionDue)

        self.addAction = QPushButton(self.actionsGroup)
        self.addAction.setObjectName(u"addAction")

        self.newActionRow.addWidget(self.addAction)

        self.newActionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newActionRow.addItem(self.newActionRowSpacer)


        self.actionsLayout.addLayout(self.newActionRow)


        self.sheetLayout.addWidget(self.actionsGroup)

        self.closingGroup = QGroupBox(self.sheet)
        self.closingGroup.setObjectName(u"closingGroup")
        self.closingForm = QFormLayout(self.closingGroup)
        self.closingForm.setObjectName(u"closingForm")
        self.closingForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.celebrationLabel = QLabel(self.closingGroup)
        self.celebrationLabel.setObjectName(u"celebrationLabel")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.celebrationLabel)

        self.celebration = QLineEdit(self.closingGroup)
        self.celebration.setObjectName(u"celebration")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.celebration)

        self.escalationsLabel = QLabel(self.closingGroup)
        self.escalationsLabel.setObjectName(u"escalationsLabel")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.escalationsLabel)

        self.escalations = QLineEdit(self.closingGroup)
        self.escalations.setObjectName(u"escalations")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.escalations)

        self.checkinLabel = QLabel(self.closingGroup)
        self.checkinLabel.setObjectName(u"checkinLabel")

        self.closingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkinLabel)

        self.checkinRow = QHBoxLayout()
        self.checkinRow.setObjectName(u"checkinRow")
        self.goodLabel = QLabel(self.closingGroup)
        self.goodLabel.setObjectName(u"goodLabel")

        self.checkinRow.addWidget(self.goodLabel)

        self.checkinGood = QSpinBox(self.closingGroup)
        self.checkinGood.setObjectName(u"checkinGood")
        self.checkinGood.setMinimum(-1)
        self.checkinGood.setMaximum(99)
        self.checkinGood.setValue(-1)

        self.checkinRow.addWidget(self.checkinGood)

        self.okLabel = QLabel(self.closingGroup)
        self.okLabel.setObjectName(u"okLabel")

        self.checkinRow.addWidget(self.okLabel)

        self.checkinOk = QSpinBox(self.closingGroup)
        self.checkinOk.setObjectName(u"checkinOk")
        self.checkinOk.setMinimum(-1)
        self.checkinOk.setMaximum(99)
        self.checkinOk.setValue(-1)

        self.checkinRow.addWidget(self.checkinOk)

        self.strugglingLabel = QLabel(self.closingGroup)
        self.strugglingLabel.setObjectName(u"strugglingLabel")

        self.checkinRow.addWidget(self.strugglingLabel)

        self.checkinStruggling = QSpinBox(self.closingGroup)
        self.checkinStruggling.setObjectName(u"checkinStruggling")
        self.checkinStruggling.setMinimum(-1)
        self.checkinStruggling.setMaximum(99)
        self.checkinStruggling.setValue(-1)

        self.checkinRow.addWidget(self.checkinStruggling)

        self.checkinRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkinRow.addItem(self.checkinRowSpacer)


        self.closingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.checkinRow)

        self.notesLabel = QLabel(self.closingGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.closingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.closingGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.closingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.sheetLayout.addWidget(self.closingGroup)

        self.scroll.setWidget(self.sheet)

        self.outerLayout.addWidget(self.scroll)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.saveSheet = QPushButton(HuddlePage)
        self.saveSheet.setObjectName(u"saveSheet")

        self.bottomBar.addWidget(self.saveSheet)

        self.printSheet = QPushButton(HuddlePage)
        self.printSheet.setObjectName(u"printSheet")

        self.bottomBar.addWidget(self.printSheet)

        self.savePdf = QPushButton(HuddlePage)
        self.savePdf.setObjectName(u"savePdf")

        self.bottomBar.addWidget(self.savePdf)

        self.deleteSheet = QPushButton(HuddlePage)
        self.deleteSheet.setObjectName(u"deleteSheet")

        self.bottomBar.addWidget(self.deleteSheet)

        self.message = QLabel(HuddlePage)
        self.message.setObjectName(u"message")

        self.bottomBar.addWidget(self.message)

        self.bottomBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBar.addItem(self.bottomBarSpacer)


        self.outerLayout.addLayout(self.bottomBar)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.huddleDate)
        self.slotLabel.setBuddy(self.slot)
        self.notHeldReasonLabel.setBuddy(self.notHeldReason)
        self.leaderLabel.setBuddy(self.leader)
        self.startLabel.setBuddy(self.startTime)
        self.endLabel.setBuddy(self.endTime)
        self.attendeeLabel.setBuddy(self.attendeeName)
        self.attendeeRoleLabel.setBuddy(self.attendeeRole)
        self.nicLabel.setBuddy(self.nurseInCharge)
        self.nextNicLabel.setBuddy(self.nextInCharge)
        self.rnLabel.setBuddy(self.rnPlanned)
        self.rnPlannedLabel.setBuddy(self.rnPlanned)
        self.rnActualLabel.setBuddy(self.rnActual)
        self.hcaLabel.setBuddy(self.hcaPlanned)
        self.hcaPlannedLabel.setBuddy(self.hcaPlanned)
        self.hcaActualLabel.setBuddy(self.hcaActual)
        self.bedsLabel.setBuddy(self.bedsOccupied)
        self.admissionsLabel.setBuddy(self.expectedAdmissions)
        self.dischargesLabel.setBuddy(self.plannedDischarges)
        self.lookBackAnyLabel.setBuddy(self.lookBackAny)
        self.threatsDetailLabel.setBuddy(self.threatsDetail)
        self.isolationLabel.setBuddy(self.isolationCount)
        self.remindersLabel.setBuddy(self.reminders)
        self.actionStatusLabel.setBuddy(self.actionStatus)
        self.newActionLabel.setBuddy(self.newActionText)
        self.newActionOwnerLabel.setBuddy(self.newActionOwner)
        self.newActionDueLabel.setBuddy(self.newActionDue)
        self.celebrationLabel.setBuddy(self.celebration)
        self.escalationsLabel.setBuddy(self.escalations)
        self.checkinLabel.setBuddy(self.checkinGood)
        self.goodLabel.setBuddy(self.checkinGood)
        self.okLabel.setBuddy(self.checkinOk)
        self.strugglingLabel.setBuddy(self.checkinStruggling)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.huddleDate, self.previousDay)
        QWidget.setTabOrder(self.previousDay, self.nextDay)
        QWidget.setTabOrder(self.nextDay, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.slot)
        QWidget.setTabOrder(self.slot, self.held)
        QWidget.setTabOrder(self.held, self.notHeldReason)
        QWidget.setTabOrder(self.notHeldReason, self.notHeldDetail)
        QWidget.setTabOrder(self.notHeldDetail, self.leader)
        QWidget.setTabOrder(self.leader, self.startTime)
        QWidget.setTabOrder(self.startTime, self.startHuddle)
        QWidget.setTabOrder(self.startHuddle, self.endTime)
        QWidget.setTabOrder(self.endTime, self.endHuddle)
        QWidget.setTabOrder(self.endHuddle, self.attendeeName)
        QWidget.setTabOrder(self.attendeeName, self.attendeeRole)
        QWidget.setTabOrder(self.attendeeRole, self.addAttendee)
        QWidget.setTabOrder(self.addAttendee, self.removeAttendee)
        QWidget.setTabOrder(self.removeAttendee, self.attendees)
        QWidget.setTabOrder(self.attendees, self.nurseInCharge)
        QWidget.setTabOrder(self.nurseInCharge, self.nextInCharge)
        QWidget.setTabOrder(self.nextInCharge, self.rnPlanned)
        QWidget.setTabOrder(self.rnPlanned, self.rnActual)
        QWidget.setTabOrder(self.rnActual, self.hcaPlanned)
        QWidget.setTabOrder(self.hcaPlanned, self.hcaActual)
        QWidget.setTabOrder(self.hcaActual, self.staffingConcern)
        QWidget.setTabOrder(self.staffingConcern, self.staffingConcernDetail)
        QWidget.setTabOrder(self.staffingConcernDetail, self.staffingEscalated)
        QWidget.setTabOrder(self.staffingEscalated, self.escalatedTo)
        QWidget.setTabOrder(self.escalatedTo, self.bedsOccupied)
        QWidget.setTabOrder(self.bedsOccupied, self.expectedAdmissions)
        QWidget.setTabOrder(self.expectedAdmissions, self.plannedDischarges)
        QWidget.setTabOrder(self.plannedDischarges, self.lookBackAny)
        QWidget.setTabOrder(self.lookBackAny, self.events)
        QWidget.setTabOrder(self.events, self.addEvent)
        QWidget.setTabOrder(self.addEvent, self.removeEvent)
        QWidget.setTabOrder(self.removeEvent, self.startReflection)
        QWidget.setTabOrder(self.startReflection, self.atRisk)
        QWidget.setTabOrder(self.atRisk, self.addAtRisk)
        QWidget.setTabOrder(self.addAtRisk, self.removeAtRisk)
        QWidget.setTabOrder(self.removeAtRisk, self.threatsDetail)
        QWidget.setTabOrder(self.threatsDetail, self.isolationCount)
        QWidget.setTabOrder(self.isolationCount, self.bayClosed)
        QWidget.setTabOrder(self.bayClosed, self.reminders)
        QWidget.setTabOrder(self.reminders, self.dataReviewed)
        QWidget.setTabOrder(self.dataReviewed, self.actions)
        QWidget.setTabOrder(self.actions, self.actionStatus)
        QWidget.setTabOrder(self.actionStatus, self.applyActionStatus)
        QWidget.setTabOrder(self.applyActionStatus, self.newActionText)
        QWidget.setTabOrder(self.newActionText, self.newActionOwner)
        QWidget.setTabOrder(self.newActionOwner, self.newActionDue)
        QWidget.setTabOrder(self.newActionDue, self.addAction)
        QWidget.setTabOrder(self.addAction, self.celebration)
        QWidget.setTabOrder(self.celebration, self.escalations)
        QWidget.setTabOrder(self.escalations, self.checkinGood)
        QWidget.setTabOrder(self.checkinGood, self.checkinOk)
        QWidget.setTabOrder(self.checkinOk, self.checkinStruggling)
        QWidget.setTabOrder(self.checkinStruggling, self.notes)
        QWidget.setTabOrder(self.notes, self.saveSheet)
        QWidget.setTabOrder(self.saveSheet, self.printSheet)
        QWidget.setTabOrder(self.printSheet, self.savePdf)
        QWidget.setTabOrder(self.savePdf, self.deleteSheet)

        self.retranslateUi(HuddlePage)

        QMetaObject.connectSlotsByName(HuddlePage)
    # setupUi

    def retranslateUi(self, HuddlePage):
        HuddlePage.setWindowTitle(QCoreApplication.translate("HuddlePage", u"Today's huddle", None))
        self.title.setText(QCoreApplication.translate("HuddlePage", u"Today's huddle", None))
        self.savedIndicator.setText("")
        self.dateLabel.setText(QCoreApplication.translate("HuddlePage", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.huddleDate.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Huddle date", None))
#endif // QT_CONFIG(accessibility)
        self.huddleDate.setDisplayFormat(QCoreApplication.translate("HuddlePage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.previousDay.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
        self.previousDay.setText(QCoreApplication.translate("HuddlePage", u"\u25c0", None))
#if QT_CONFIG(accessibility)
        self.nextDay.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Next day", None))
#endif // QT_CONFIG(accessibility)
        self.nextDay.setText(QCoreApplication.translate("HuddlePage", u"\u25b6", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Go to today", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("HuddlePage", u"To&day", None))
        self.slotLabel.setText(QCoreApplication.translate("HuddlePage", u"S&lot", None))
#if QT_CONFIG(accessibility)
        self.slot.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Huddle slot", None))
#endif // QT_CONFIG(accessibility)
        self.remindersBanner.setText("")
        self.huddleGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Huddle", None))
        self.held.setText(QCoreApplication.translate("HuddlePage", u"Huddle &held", None))
        self.notHeldReasonLabel.setText(QCoreApplication.translate("HuddlePage", u"Why not &held", None))
#if QT_CONFIG(accessibility)
        self.notHeldReason.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Why the huddle was not held", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notHeldDetail.setAccessibleName(QCoreApplication.translate("HuddlePage", u"More about why the huddle was not held", None))
#endif // QT_CONFIG(accessibility)
        self.notHeldDetail.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"a few words (optional unless Other)", None))
        self.leaderLabel.setText(QCoreApplication.translate("HuddlePage", u"L&eader", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Huddle leader", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("HuddlePage", u"&Start", None))
#if QT_CONFIG(accessibility)
        self.startTime.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startTime.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"09:30", None))
#if QT_CONFIG(accessibility)
        self.startHuddle.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Start huddle now", None))
#endif // QT_CONFIG(accessibility)
        self.startHuddle.setText(QCoreApplication.translate("HuddlePage", u"Start huddle now (F5)", None))
        self.durationLabel.setText("")
        self.endLabel.setText(QCoreApplication.translate("HuddlePage", u"E&nd", None))
#if QT_CONFIG(accessibility)
        self.endTime.setAccessibleName(QCoreApplication.translate("HuddlePage", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endTime.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"09:40", None))
#if QT_CONFIG(accessibility)
        self.endHuddle.setAccessibleName(QCoreApplication.translate("HuddlePage", u"End huddle now", None))
#endif // QT_CONFIG(accessibility)
        self.endHuddle.setText(QCoreApplication.translate("HuddlePage", u"End huddle now (F6)", None))
        self.attendanceGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Attendance", None))
        self.attendeeLabel.setText(QCoreApplication.translate("HuddlePage", u"&Who is here", None))
#if QT_CONFIG(accessibility)
        self.attendeeName.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Add a person to the attendance", None))
#endif // QT_CONFIG(accessibility)
        self.attendeeName.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"type a name and press Enter", None))
        self.attendeeRoleLabel.setText(QCoreApplication.translate("HuddlePage", u"R&ole (new people)", None))
#if QT_CONFIG(accessibility)
        self.attendeeRole.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Role for a new person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addAttendee.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Add person to attendance", None))
#endif // QT_CONFIG(accessibility)
        self.addAttendee.setText(QCoreApplication.translate("HuddlePage", u"&Add person", None))
#if QT_CONFIG(accessibility)
        self.removeAttendee.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Remove selected person from attendance", None))
#endif // QT_CONFIG(accessibility)
        self.removeAttendee.setText(QCoreApplication.translate("HuddlePage", u"Remove selected", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("HuddlePage", u"People at this huddle", None))
#endif // QT_CONFIG(accessibility)
        self.roleCounts.setText("")
        self.staffingGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Staffing and beds", None))
        self.nicLabel.setText(QCoreApplication.translate("HuddlePage", u"Nurse in &charge", None))
#if QT_CONFIG(accessibility)
        self.nurseInCharge.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Nurse in charge today", None))
#endif // QT_CONFIG(accessibility)
        self.nextNicLabel.setText(QCoreApplication.translate("HuddlePage", u"Ne&xt in charge", None))
#if QT_CONFIG(accessibility)
        self.nextInCharge.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Next nurse in charge", None))
#endif // QT_CONFIG(accessibility)
        self.rnLabel.setText(QCoreApplication.translate("HuddlePage", u"Registered nurses", None))
        self.rnPlannedLabel.setText(QCoreApplication.translate("HuddlePage", u"planned", None))
#if QT_CONFIG(accessibility)
        self.rnPlanned.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Registered nurses planned", None))
#endif // QT_CONFIG(accessibility)
        self.rnPlanned.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.rnActualLabel.setText(QCoreApplication.translate("HuddlePage", u"on shift", None))
#if QT_CONFIG(accessibility)
        self.rnActual.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Registered nurses on shift", None))
#endif // QT_CONFIG(accessibility)
        self.rnActual.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.hcaLabel.setText(QCoreApplication.translate("HuddlePage", u"HCAs", None))
        self.hcaPlannedLabel.setText(QCoreApplication.translate("HuddlePage", u"planned", None))
#if QT_CONFIG(accessibility)
        self.hcaPlanned.setAccessibleName(QCoreApplication.translate("HuddlePage", u"HCAs planned", None))
#endif // QT_CONFIG(accessibility)
        self.hcaPlanned.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.hcaActualLabel.setText(QCoreApplication.translate("HuddlePage", u"on shift", None))
#if QT_CONFIG(accessibility)
        self.hcaActual.setAccessibleName(QCoreApplication.translate("HuddlePage", u"HCAs on shift", None))
#endif // QT_CONFIG(accessibility)
        self.hcaActual.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.staffingConcern.setText(QCoreApplication.translate("HuddlePage", u"Staffing or skill-mix &concern", None))
#if QT_CONFIG(accessibility)
        self.staffingConcernDetail.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Staffing concern detail", None))
#endif // QT_CONFIG(accessibility)
        self.staffingConcernDetail.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"what is the concern?", None))
        self.staffingEscalated.setText(QCoreApplication.translate("HuddlePage", u"Escalated", None))
#if QT_CONFIG(accessibility)
        self.escalatedTo.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Staffing concern escalated to", None))
#endif // QT_CONFIG(accessibility)
        self.escalatedTo.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"to whom?", None))
        self.bedsLabel.setText(QCoreApplication.translate("HuddlePage", u"&Beds occupied", None))
#if QT_CONFIG(accessibility)
        self.bedsOccupied.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Beds occupied", None))
#endif // QT_CONFIG(accessibility)
        self.bedsOccupied.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.admissionsLabel.setText(QCoreApplication.translate("HuddlePage", u"Expected ad&missions", None))
#if QT_CONFIG(accessibility)
        self.expectedAdmissions.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Expected admissions", None))
#endif // QT_CONFIG(accessibility)
        self.expectedAdmissions.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.dischargesLabel.setText(QCoreApplication.translate("HuddlePage", u"planned discharges", None))
#if QT_CONFIG(accessibility)
        self.plannedDischarges.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Planned discharges or transfers", None))
#endif // QT_CONFIG(accessibility)
        self.plannedDischarges.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.lookBackGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Look back: since the last huddle", None))
        self.lookBackAnyLabel.setText(QCoreApplication.translate("HuddlePage", u"Harm, incident or near miss since the last huddle?", None))
#if QT_CONFIG(accessibility)
        self.lookBackAny.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Harm, incident or near miss since the last huddle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.events.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Look-back events", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addEvent.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Add look-back event", None))
#endif // QT_CONFIG(accessibility)
        self.addEvent.setText(QCoreApplication.translate("HuddlePage", u"Add &event", None))
#if QT_CONFIG(accessibility)
        self.removeEvent.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Remove selected look-back event", None))
#endif // QT_CONFIG(accessibility)
        self.removeEvent.setText(QCoreApplication.translate("HuddlePage", u"Remove event", None))
#if QT_CONFIG(accessibility)
        self.startReflection.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Start a reflection huddle for the selected event", None))
#endif // QT_CONFIG(accessibility)
        self.startReflection.setText(QCoreApplication.translate("HuddlePage", u"Start &reflection huddle\u2026", None))
        self.crossGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Safety cross: today", None))
        self.crossMonthLabel.setText(QCoreApplication.translate("HuddlePage", u"This month", None))
        self.lookAheadGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Look ahead: today", None))
        self.atRiskNote.setText(QCoreApplication.translate("HuddlePage", u"Patients at risk: bed or bay only. Names and hospital numbers do not belong here.", None))
#if QT_CONFIG(accessibility)
        self.atRisk.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Patients at risk, by bed or bay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addAtRisk.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Add patient at risk by bed or bay", None))
#endif // QT_CONFIG(accessibility)
        self.addAtRisk.setText(QCoreApplication.translate("HuddlePage", u"Add bed or ba&y", None))
#if QT_CONFIG(accessibility)
        self.removeAtRisk.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Remove selected patient at risk", None))
#endif // QT_CONFIG(accessibility)
        self.removeAtRisk.setText(QCoreApplication.translate("HuddlePage", u"Remove bed", None))
        self.threatsLabel.setText(QCoreApplication.translate("HuddlePage", u"Foreseeable threats", None))
        self.threatsDetailLabel.setText(QCoreApplication.translate("HuddlePage", u"&Threat details", None))
#if QT_CONFIG(accessibility)
        self.threatsDetail.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Threat details", None))
#endif // QT_CONFIG(accessibility)
        self.isolationLabel.setText(QCoreApplication.translate("HuddlePage", u"Patients in &isolation", None))
#if QT_CONFIG(accessibility)
        self.isolationCount.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Patients in isolation", None))
#endif // QT_CONFIG(accessibility)
        self.isolationCount.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.bayClosed.setText(QCoreApplication.translate("HuddlePage", u"Bay closed or outbreak", None))
        self.remindersLabel.setText(QCoreApplication.translate("HuddlePage", u"Re&minders", None))
#if QT_CONFIG(accessibility)
        self.reminders.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Reminders: practice changes, alerts, indicators", None))
#endif // QT_CONFIG(accessibility)
        self.dataReviewed.setText(QCoreApplication.translate("HuddlePage", u"Data reviewed at the huddle (safety cross, run or SPC chart)", None))
        self.actionsGroup.setTitle(QCoreApplication.translate("HuddlePage", u"Actions (open actions carry forward until closed)", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Open actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionStatusLabel.setText(QCoreApplication.translate("HuddlePage", u"Set selected to", None))
#if QT_CONFIG(accessibility)
        self.actionStatus.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Status for the selected action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.applyActionStatus.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Set the status of the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.applyActionStatus.setText(QCoreApplication.translate("HuddlePage", u"Set status", None))
        self.newActionLabel.setText(QCoreApplication.translate("HuddlePage", u"New ac&tion", None))
#if QT_CONFIG(accessibility)
        self.newActionText.setAccessibleName(QCoreApplication.translate("HuddlePage", u"New action", None))
#endif // QT_CONFIG(accessibility)
        self.newActionText.setPlaceholderText(QCoreApplication.translate("HuddlePage", u"what needs doing", None))
        self.newActionOwnerLabel.setText(QCoreApplication.translate("HuddlePage", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.newActionOwner.setAccessibleName(QCoreApplication.translate("HuddlePage", u"New action owner", None))
#endif // QT_CONFIG(accessibility)
        self.newActionDueLabel.setText(QCoreApplication.translate("HuddlePage", u"D&ue", None))
#if QT_CONFIG(accessibility)
        self.newActionDue.setAccessibleName(QCoreApplication.translate("HuddlePage", u"New action due date", None))
#endif // QT_CONFIG(accessibility)
        self.newActionDue.setDisplayFormat(QCoreApplication.translate("HuddlePage", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.addAction.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Add action", None))
#endif // QT_CONFIG(accessibility)
        self.addAction.setText(QCoreApplication.translate("HuddlePage", u"Add action (Ctrl+N)", None))
        self.closingGroup.setTitle(QCoreApplication.translate("HuddlePage", u"To finish", None))
        self.celebrationLabel.setText(QCoreApplication.translate("HuddlePage", u"Ce&lebration, good catch or thanks", None))
#if QT_CONFIG(accessibility)
        self.celebration.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Celebration, good catch or thanks", None))
#endif // QT_CONFIG(accessibility)
        self.escalationsLabel.setText(QCoreApplication.translate("HuddlePage", u"Escalations to matron or site &team", None))
#if QT_CONFIG(accessibility)
        self.escalations.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Escalations to matron or site team", None))
#endif // QT_CONFIG(accessibility)
        self.checkinLabel.setText(QCoreApplication.translate("HuddlePage", u"Team check-in (counts)", None))
        self.goodLabel.setText(QCoreApplication.translate("HuddlePage", u"Good", None))
#if QT_CONFIG(accessibility)
        self.checkinGood.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Team check-in: number feeling good", None))
#endif // QT_CONFIG(accessibility)
        self.checkinGood.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.okLabel.setText(QCoreApplication.translate("HuddlePage", u"OK", None))
#if QT_CONFIG(accessibility)
        self.checkinOk.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Team check-in: number feeling OK", None))
#endif // QT_CONFIG(accessibility)
        self.checkinOk.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.strugglingLabel.setText(QCoreApplication.translate("HuddlePage", u"Struggling", None))
#if QT_CONFIG(accessibility)
        self.checkinStruggling.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Team check-in: number struggling", None))
#endif // QT_CONFIG(accessibility)
        self.checkinStruggling.setSpecialValueText(QCoreApplication.translate("HuddlePage", u"\u2013", None))
        self.notesLabel.setText(QCoreApplication.translate("HuddlePage", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Free notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Save the huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.saveSheet.setText(QCoreApplication.translate("HuddlePage", u"&Save (Ctrl+S)", None))
#if QT_CONFIG(accessibility)
        self.printSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Print the huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.printSheet.setText(QCoreApplication.translate("HuddlePage", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.savePdf.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Save the huddle sheet as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.savePdf.setText(QCoreApplication.translate("HuddlePage", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Delete this huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.deleteSheet.setText(QCoreApplication.translate("HuddlePage", u"Delete sheet\u2026", None))
        self.message.setText("")
    # retranslateUi

